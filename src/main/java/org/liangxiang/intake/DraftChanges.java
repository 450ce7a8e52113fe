package org.liangxiang.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.Subsidy;
import org.springframework.stereotype.Component;

/**
 * Changes to a draft, or to the correctable fields of a returned application: each change names the field paths it
 * touched, marks them corrected when a return asked for them, and is audited.
 */
@Component
class DraftChanges {

    static final Set<ApplicationStatus> EDITABLE = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);

    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final Corrections corrections;
    private final IntakeRecorder recorder;
    private final IntakeMessages messages;

    DraftChanges(
            ApplicationStore store,
            PayeeAccounts payees,
            Corrections corrections,
            IntakeRecorder recorder,
            IntakeMessages messages) {
        this.store = store;
        this.payees = payees;
        this.corrections = corrections;
        this.recorder = recorder;
        this.messages = messages;
    }

    void person(Application a, Actor actor, Person changed) {
        a.require("CHANGE_PERSON", EDITABLE);
        Person before = store.person(a.id());
        if (a.status() != ApplicationStatus.DRAFT && !before.residentId().equals(changed.residentId())) {
            throw messages.invalid("person.residentId", "INTAKE_RESIDENT_ID_FIXED");
        }
        payees.holderOf(a.payeeAccountId())
                .filter(h -> h == PayeeHolder.GUARDIAN && !changed.mayBePaidToGuardian(ChinaTime.today()))
                .ifPresent(h -> {
                    throw messages.invalid("person.underGuardianship", "INTAKE_GUARDIAN_ACCOUNT_NOT_ALLOWED");
                });
        List<String> paths = new ArrayList<>();
        diff(paths, "person.fullName", before.fullName(), changed.fullName());
        diff(paths, "person.residentId", before.residentId(), changed.residentId());
        diff(paths, "person.certificateNumber", before.certificateNumber(), changed.certificateNumber());
        diff(paths, "person.householdAddress", before.householdAddress(), changed.householdAddress());
        diff(paths, "person.homeTownship", before.homeTownship(), changed.homeTownship());
        diff(paths, "person.underGuardianship", before.underGuardianship(), changed.underGuardianship());
        store.updatePerson(a, changed);
        changed(a, actor, paths);
    }

    void payee(Application a, Actor actor, Payee changed) {
        a.require("CHANGE_PAYEE", EDITABLE);
        Payee before = payees.find(a.payeeAccountId()).orElse(new Payee(null, null, null, null));
        List<String> paths = new ArrayList<>();
        diff(paths, "payee.holder", before.holder(), changed.holder());
        diff(paths, "payee.holderName", before.holderName(), changed.holderName());
        diff(paths, "payee.bankName", before.bankName(), changed.bankName());
        diff(paths, "payee.accountNumber", before.accountNumber(), changed.accountNumber());
        store.setPayee(a, payees.insert(a.id(), changed));
        changed(a, actor, paths);
    }

    void submitter(Application a, Actor actor, DraftRules.Submitter changed) {
        a.require("CHANGE_SUBMITTER", EDITABLE);
        if (a.status() != ApplicationStatus.DRAFT && changed.kind() != a.submitterKind()) {
            throw messages.invalid("submitter.kind", "INTAKE_SUBMITTER_KIND_FIXED");
        }
        List<String> paths = new ArrayList<>();
        diff(paths, "submitter.kind", a.submitterKind(), changed.kind());
        diff(paths, "submitter.relationship", a.agentRelationship(), changed.relationship());
        store.updateDraft(a, a.subsidies(), changed.kind(), changed.relationship(), a.receivingTownship());
        changed(a, actor, paths);
    }

    void subsidies(Application a, Actor actor, Set<Subsidy> subsidies) {
        a.require("CHANGE_SUBSIDIES", ApplicationStatus.DRAFT);
        store.updateDraft(a, subsidies, a.submitterKind(), a.agentRelationship(), a.receivingTownship());
        changed(a, actor, a.subsidies().equals(subsidies) ? List.of() : List.of("subsidies"));
    }

    private void changed(Application a, Actor actor, List<String> paths) {
        paths.forEach(p -> corrections.changed(a, CorrectionItem.field(p)));
        recorder.audit(a, actor, "APPLICATION_FIELDS_CHANGED", null, String.join(",", paths), null);
    }

    private static void diff(List<String> paths, String path, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            paths.add(path);
        }
    }
}
