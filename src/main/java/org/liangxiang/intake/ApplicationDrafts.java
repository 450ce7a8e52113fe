package org.liangxiang.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.RegionLevel;
import org.liangxiang.shared.Subsidy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making an application: a draft from any channel (the channel and the staff member, if any, recorded), then its
 * person, submitter, subsidies and payee account, in DRAFT and (the correctable fields) while RETURNED.
 */
@Service
public class ApplicationDrafts {

    private final DraftRules rules;
    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final ApplicationNumbers numbers;
    private final ApplicationAccess access;
    private final DraftChanges changes;
    private final IntakeRecorder recorder;
    private final IntakeMessages messages;
    private final Regions regions;
    private final RequiredMaterials required;

    ApplicationDrafts(
            DraftRules rules,
            ApplicationStore store,
            PayeeAccounts payees,
            ApplicationNumbers numbers,
            ApplicationAccess access,
            DraftChanges changes,
            IntakeRecorder recorder,
            IntakeMessages messages,
            Regions regions,
            RequiredMaterials required) {
        this.rules = rules;
        this.store = store;
        this.payees = payees;
        this.numbers = numbers;
        this.access = access;
        this.changes = changes;
        this.recorder = recorder;
        this.messages = messages;
        this.regions = regions;
        this.required = required;
    }

    /**
     * A new draft. Applicants make ONLINE_WEB drafts (ONLINE_MOBILE when {@code form.channel()} says so); township
     * clerks WINDOW and staff assistants ASSISTED drafts, received in their jurisdiction. Every bad field is named.
     */
    @Transactional
    public SubmittedApplication create(Actor actor, DraftForm form) {
        return create(actor, form, channelFor(actor, form.channel()), null);
    }

    /** The partner channel's draft, keyed by the partner's own id (see {@link PartnerIntake}). */
    SubmittedApplication create(Actor actor, DraftForm form, Channel channel, String externalId) {
        List<InvalidValueException> errors = new ArrayList<>();
        Person person = collect(errors, () -> rules.person(form.person()));
        Set<Subsidy> subsidies = collect(errors, () -> rules.subsidies(form.subsidies()));
        DraftRules.Submitter submitter = collect(errors, () -> rules.submitter(form.submitter()));
        String receiving = collect(errors, () -> receivingTownship(actor, form.receivingTownship(), person));
        Payee payee = form.payee() == null || person == null
                ? null
                : collect(errors, () -> rules.payee(form.payee(), person, ChinaTime.today()));
        InvalidInputException.throwIfAny(errors);
        ApplicationId id = ApplicationId.next();
        store.insert(new ApplicationStore.NewApplication(
                id,
                numbers.next(receiving, ChinaTime.today().getYear()),
                channel,
                actor.partner(),
                externalId,
                receiving,
                subsidies,
                submitter.kind(),
                submitter.relationship(),
                actor.kind() == Actor.Kind.APPLICANT ? actor.accountId() : null,
                actor.kind() == Actor.Kind.STAFF ? actor.accountId() : null,
                person,
                actor.auditId()));
        Application created = access.load(id);
        if (payee != null) {
            store.setPayee(created, payees.insert(id, payee));
        }
        recorder.audit(created, actor, "APPLICATION_CREATED", null, "DRAFT", channel.name());
        return access.load(id).view();
    }

    @Transactional
    public void updatePerson(Actor actor, ApplicationId id, PersonDetails details) {
        changes.person(access.actionable(actor, id), actor, rules.person(details));
    }

    @Transactional
    public void updatePayee(Actor actor, ApplicationId id, PayeeDetails details) {
        Application a = access.actionable(actor, id);
        Payee payee = rules.payee(details, store.person(id), ChinaTime.today());
        changes.payee(a, actor, payee);
    }

    @Transactional
    public void updateSubmitter(Actor actor, ApplicationId id, SubmitterDetails details) {
        changes.submitter(access.actionable(actor, id), actor, rules.submitter(details));
    }

    /** The subsidies asked for: only in DRAFT (a submitted request is decided as it was made). */
    @Transactional
    public void updateSubsidies(Actor actor, ApplicationId id, List<String> subsidies) {
        changes.subsidies(access.actionable(actor, id), actor, rules.subsidies(subsidies));
    }

    /**
     * Checks who submits before any draft exists (the form's first page): refused as {@link #create} would refuse it,
     * naming {@code submitter.kind} or {@code submitter.relationship}.
     */
    public void checkSubmitter(SubmitterDetails details) {
        rules.submitter(details);
    }

    /** Checks the subsidies asked for before any draft exists, naming {@code subsidies} as {@link #create} would. */
    public void checkSubsidies(List<String> subsidies) {
        rules.subsidies(subsidies);
    }

    /** The answers so far of an application the actor may act on, for the form pages; else not found. */
    @Transactional(readOnly = true)
    public DraftAnswers answers(Actor actor, ApplicationId id) {
        Application a = access.actionable(actor, id);
        Person p = store.person(id);
        Payee payee = payees.find(a.payeeAccountId()).orElse(null);
        PayeeHolder holder = payee == null ? PayeeHolder.PERSON : payee.holder();
        return new DraftAnswers(
                a.view(),
                new PersonDetails(
                        p.fullName(),
                        p.residentId().value(),
                        p.certificateNumber().value(),
                        p.householdAddress(),
                        p.homeTownship(),
                        p.underGuardianship()),
                new SubmitterDetails(a.submitterKind().name(), a.agentRelationship()),
                payee == null
                        ? null
                        : new PayeeDetails(
                                payee.holder().name(), payee.holderName(), payee.bankName(), payee.accountNumber()),
                required.forApplication(
                        RegionCode.of(a.homeTownship()), a.subsidies(), a.situations(holder), ChinaTime.today()));
    }

    private Channel channelFor(Actor actor, String asked) {
        return switch (actor.kind()) {
            case APPLICANT -> onlineChannel(asked);
            case STAFF -> staffChannel(actor.role());
            case PARTNER -> Channel.PARTNER;
            case SYSTEM -> throw messages.invalid("channel", "INTAKE_CHANNEL_NOT_ALLOWED");
        };
    }

    private Channel onlineChannel(String asked) {
        if (asked == null || asked.isBlank() || Channel.ONLINE_WEB.name().equals(asked.strip())) {
            return Channel.ONLINE_WEB;
        }
        if (Channel.ONLINE_MOBILE.name().equals(asked.strip())) {
            return Channel.ONLINE_MOBILE;
        }
        throw messages.invalid("channel", "INTAKE_CHANNEL_NOT_ALLOWED");
    }

    private Channel staffChannel(String role) {
        if (StaffRole.TOWNSHIP_CLERK.name().equals(role)) {
            return Channel.WINDOW;
        }
        if (StaffRole.STAFF_ASSISTANT.name().equals(role)) {
            return Channel.ASSISTED;
        }
        throw messages.invalid("channel", "INTAKE_CHANNEL_NOT_ALLOWED");
    }

    /**
     * Online: the township named, else the home township. Staff: the township named, else their own jurisdiction when
     * it is a township (a county's staff member must choose one); either way within their jurisdiction.
     */
    private String receivingTownship(Actor actor, String asked, Person person) {
        boolean given = asked != null && !asked.isBlank();
        if (actor.kind() != Actor.Kind.STAFF) {
            if (given) {
                return rules.township("receivingTownship", asked);
            }
            if (person == null) {
                throw messages.invalid("receivingTownship", "INTAKE_TOWNSHIP_REQUIRED");
            }
            return person.homeTownship();
        }
        if (!given && !townshipLevel(actor.jurisdiction())) {
            throw messages.invalid("receivingTownship", "INTAKE_TOWNSHIP_REQUIRED");
        }
        String township = rules.township("receivingTownship", given ? asked : actor.jurisdiction());
        if (!regions.contains(actor.jurisdiction(), township)) {
            throw messages.invalid("receivingTownship", "INTAKE_TOWNSHIP_OUTSIDE_JURISDICTION");
        }
        return township;
    }

    private boolean townshipLevel(String code) {
        return regions.find(code).map(r -> r.level() == RegionLevel.TOWNSHIP).orElse(false);
    }

    private static <T> T collect(List<InvalidValueException> errors, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.add(e);
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        return null;
    }
}
