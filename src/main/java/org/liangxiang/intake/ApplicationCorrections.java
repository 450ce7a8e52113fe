package org.liangxiang.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a returned application field by field: only the fields the current return names are changed, the rest
 * kept as they are (the applicant's pages offer just those). Each change goes through the same checks, audit and
 * correction marking as the applicant API's updates.
 */
@Service
public class ApplicationCorrections {

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final Corrections corrections;
    private final DraftRules rules;
    private final DraftChanges changes;
    private final IntakeMessages messages;

    ApplicationCorrections(
            ApplicationAccess access,
            ApplicationStore store,
            PayeeAccounts payees,
            Corrections corrections,
            DraftRules rules,
            DraftChanges changes,
            IntakeMessages messages) {
        this.access = access;
        this.store = store;
        this.payees = payees;
        this.corrections = corrections;
        this.rules = rules;
        this.changes = changes;
        this.messages = messages;
    }

    /**
     * The current value of each field the return names (path -> value) to show back on the correction form; the
     * account number masked. Empty unless the application is RETURNED.
     */
    @Transactional(readOnly = true)
    public Map<String, String> namedFieldValues(Actor actor, ApplicationId id) {
        Application a = access.actionable(actor, id);
        Map<String, String> all = currentValues(a);
        Map<String, String> named = new LinkedHashMap<>();
        for (String path : namedFields(a)) {
            named.put(path, all.get(path));
        }
        return named;
    }

    /**
     * Changes the given fields (path -> new value) of a RETURNED application. A path the return did not name is
     * refused ({@code INTAKE_CORRECTION_ITEM_NOT_ASKED}); every bad value is named at once.
     */
    @Transactional
    public void correctFields(Actor actor, ApplicationId id, Map<String, String> values) {
        Application a = access.actionable(actor, id);
        a.require("CORRECT", ApplicationStatus.RETURNED);
        Set<String> named = Set.copyOf(namedFields(a));
        List<InvalidValueException> errors = new ArrayList<>();
        values.keySet().stream()
                .filter(path -> !named.contains(path))
                .forEach(path -> errors.add(messages.invalid(path, "INTAKE_CORRECTION_ITEM_NOT_ASKED")));
        InvalidInputException.throwIfAny(errors);
        Map<String, String> merged = new LinkedHashMap<>(currentValues(a));
        merged.putAll(values);
        Person person = touches(values, "person.")
                ? collect(errors, () -> rules.person(personDetails(merged)))
                : store.person(id);
        Payee payee = touches(values, "payee.") && person != null
                ? collect(errors, () -> rules.payee(payeeDetails(a, merged, values), person, ChinaTime.today()))
                : null;
        DraftRules.Submitter submitter = touches(values, "submitter.")
                ? collect(
                        errors,
                        () -> rules.submitter(
                                new SubmitterDetails(a.submitterKind().name(), merged.get("submitter.relationship"))))
                : null;
        InvalidInputException.throwIfAny(errors);
        // each change takes the row's version: reload between them
        if (touches(values, "person.")) {
            changes.person(access.load(id), actor, person);
        }
        if (payee != null) {
            changes.payee(access.load(id), actor, payee);
        }
        if (submitter != null) {
            changes.submitter(access.load(id), actor, submitter);
        }
    }

    private List<String> namedFields(Application a) {
        if (a.status() != ApplicationStatus.RETURNED) {
            return List.of();
        }
        return corrections.of(a.id(), a.correctionRound()).stream()
                .map(Corrections.Item::item)
                .filter(i -> i.kind() == CorrectionItem.Kind.FIELD)
                .map(CorrectionItem::code)
                .toList();
    }

    private Map<String, String> currentValues(Application a) {
        Person p = store.person(a.id());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person.fullName", p.fullName());
        values.put("person.residentId", p.residentId().value());
        values.put("person.certificateNumber", p.certificateNumber().value());
        values.put("person.householdAddress", p.householdAddress());
        values.put("person.homeTownship", p.homeTownship());
        values.put("person.underGuardianship", String.valueOf(p.underGuardianship()));
        values.put("submitter.relationship", a.agentRelationship());
        payees.find(a.payeeAccountId()).ifPresent(payee -> {
            values.put("payee.holder", payee.holder().name());
            values.put("payee.holderName", payee.holderName());
            values.put("payee.bankName", payee.bankName());
            values.put("payee.accountNumber", Masking.accountNumber(payee.accountNumber()));
        });
        return values;
    }

    private PersonDetails personDetails(Map<String, String> v) {
        return new PersonDetails(
                v.get("person.fullName"),
                v.get("person.residentId"),
                v.get("person.certificateNumber"),
                v.get("person.householdAddress"),
                v.get("person.homeTownship"),
                Boolean.valueOf(v.get("person.underGuardianship")));
    }

    /** The payee as given; the stored account number is kept unless a new one is given. */
    private PayeeDetails payeeDetails(Application a, Map<String, String> v, Map<String, String> given) {
        String number = given.containsKey("payee.accountNumber")
                ? given.get("payee.accountNumber")
                : payees.find(a.payeeAccountId()).map(Payee::accountNumber).orElse(null);
        return new PayeeDetails(v.get("payee.holder"), v.get("payee.holderName"), v.get("payee.bankName"), number);
    }

    private static boolean touches(Map<String, String> values, String prefix) {
        return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
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
