package org.liangxiang.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.liangxiang.region.InvalidRegionCodeException;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionLevel;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.stereotype.Component;

/** Checks what an applicant gives, naming every bad field at once (JSON paths such as {@code person.residentId}). */
@Component
class DraftRules {

    static final int NAME_MAX = 50;
    static final int ADDRESS_MAX = 200;
    static final int RELATIONSHIP_MAX = 100;

    private final Regions regions;
    private final IntakeMessages messages;

    DraftRules(Regions regions, IntakeMessages messages) {
        this.regions = regions;
        this.messages = messages;
    }

    record Submitter(SubmitterKind kind, String relationship) {}

    Person person(PersonDetails d) {
        if (d == null) {
            throw messages.invalid("person", "INTAKE_REQUIRED");
        }
        List<InvalidValueException> errors = new ArrayList<>();
        String name = text(errors, "person.fullName", d.fullName(), NAME_MAX);
        ResidentId residentId = check(errors, () -> ResidentId.of(d.residentId()), "person.residentId");
        CertificateNumber certificate = check(
                errors,
                () -> residentId == null
                        ? CertificateNumber.of(d.certificateNumber())
                        : CertificateNumber.of(d.certificateNumber(), residentId),
                "person.certificateNumber");
        String address = text(errors, "person.householdAddress", d.householdAddress(), ADDRESS_MAX);
        String home = check(errors, () -> township("person.homeTownship", d.homeTownship()), "person.homeTownship");
        InvalidInputException.throwIfAny(errors);
        return new Person(name, residentId, certificate, address, home, Boolean.TRUE.equals(d.underGuardianship()));
    }

    Set<Subsidy> subsidies(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw messages.invalid("subsidies", "INTAKE_SUBSIDY_REQUIRED");
        }
        Set<Subsidy> result = EnumSet.noneOf(Subsidy.class);
        for (String name : names) {
            result.add(constant(Subsidy.class, "subsidies", name, "INTAKE_SUBSIDY_UNKNOWN"));
        }
        return result;
    }

    Submitter submitter(SubmitterDetails d) {
        SubmitterKind kind = d == null || d.kind() == null || d.kind().isBlank()
                ? SubmitterKind.PERSON
                : constant(SubmitterKind.class, "submitter.kind", d.kind(), "INTAKE_SUBMITTER_UNKNOWN");
        if (!kind.agent()) {
            return new Submitter(kind, null);
        }
        List<InvalidValueException> errors = new ArrayList<>();
        String relationship = text(errors, "submitter.relationship", d.relationship(), RELATIONSHIP_MAX);
        InvalidInputException.throwIfAny(errors);
        return new Submitter(kind, relationship);
    }

    Payee payee(PayeeDetails d, Person person, LocalDate today) {
        if (d == null) {
            throw messages.invalid("payee", "INTAKE_REQUIRED");
        }
        PayeeHolder holder = d.holder() == null || d.holder().isBlank()
                ? PayeeHolder.PERSON
                : constant(PayeeHolder.class, "payee.holder", d.holder(), "INTAKE_PAYEE_HOLDER_UNKNOWN");
        List<InvalidValueException> errors = new ArrayList<>();
        if (holder == PayeeHolder.GUARDIAN && !person.mayBePaidToGuardian(today)) {
            errors.add(messages.invalid("payee.holder", "INTAKE_GUARDIAN_ACCOUNT_NOT_ALLOWED"));
        }
        String name = text(errors, "payee.holderName", d.holderName(), NAME_MAX);
        String bank = text(errors, "payee.bankName", d.bankName(), NAME_MAX);
        String number = accountNumber(errors, d.accountNumber());
        InvalidInputException.throwIfAny(errors);
        return new Payee(holder, name, bank, number);
    }

    /** A current township's 9-digit code; an unknown, retired or non-township code is refused on the field. */
    String township(String field, String code) {
        if (code == null || code.isBlank()) {
            throw messages.invalid(field, "INTAKE_TOWNSHIP_REQUIRED");
        }
        Region region;
        try {
            region = regions.find(code.strip()).orElseThrow(() -> messages.invalid(field, "INTAKE_TOWNSHIP_UNKNOWN"));
        } catch (InvalidRegionCodeException e) {
            throw messages.invalid(field, "INTAKE_TOWNSHIP_UNKNOWN");
        }
        if (region.level() != RegionLevel.TOWNSHIP) {
            throw messages.invalid(field, "INTAKE_TOWNSHIP_LEVEL");
        }
        if (region.retired()) {
            throw messages.invalid(field, "INTAKE_TOWNSHIP_RETIRED");
        }
        return region.code();
    }

    private String accountNumber(List<InvalidValueException> errors, String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            errors.add(messages.invalid("payee.accountNumber", "INTAKE_REQUIRED"));
        } else if (!digits.matches("[0-9]{8,30}")) {
            errors.add(messages.invalid("payee.accountNumber", "INTAKE_ACCOUNT_NUMBER_FORMAT"));
        }
        return digits;
    }

    private String text(List<InvalidValueException> errors, String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(messages.invalid(field, "INTAKE_REQUIRED"));
        } else if (stripped.codePointCount(0, stripped.length()) > max) {
            errors.add(messages.invalid(field, "INTAKE_TOO_LONG", max));
        }
        return stripped;
    }

    private <E extends Enum<E>> E constant(Class<E> type, String field, String name, String rule) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw messages.invalid(field, rule);
        }
    }

    private static <T> T check(List<InvalidValueException> errors, Supplier<T> value, String field) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.add(e.field().equals(field) ? e : e.forField(field));
            return null;
        }
    }
}
