package org.liangxiang.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds an applicant account to a real name: the form's values checked by format, then by the {@link
 * RealNameVerification} port, then {@link ApplicantAccounts#bindRealName}. A person may fail the check {@link
 * #DAILY_FAILURES} times a day, so the form cannot be used to try names against ids.
 */
@Service
class RealNameBinding {

    static final int DAILY_FAILURES = 5;
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsLatin}·\\u00B7 ]{2,40}");

    enum Outcome {
        BOUND,
        NOT_MATCHED,
        UNAVAILABLE,
        /** The resident id is already bound to another account. */
        ALREADY_BOUND,
        TOO_MANY_FAILURES
    }

    private final ApplicantAccounts accounts;
    private final RealNameVerification verification;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RealNameBinding(ApplicantAccounts accounts, RealNameVerification verification, JdbcClient jdbc, AuditTrail audit) {
        this.accounts = accounts;
        this.verification = verification;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The values as typed; refused by format (every bad field at once) before any outside check. */
    record Claim(String fullName, ResidentId residentId, CertificateNumber certificate) {

        static Claim of(String fullName, String residentId, String certificateNumber) {
            List<InvalidValueException> refused = new ArrayList<>();
            String name = fullName == null
                    ? ""
                    : Normalizer.normalize(fullName, Normalizer.Form.NFKC).strip();
            if (!NAME.matcher(name).matches()) {
                refused.add(new InvalidValueException(
                        "fullName",
                        "FULL_NAME_FORMAT",
                        "请填写身份证上的姓名（2到40个字）",
                        "Enter the name as on the resident identity card (2 to 40 characters)"));
            }
            ResidentId id = null;
            try {
                id = ResidentId.of(residentId);
            } catch (InvalidValueException e) {
                refused.add(e.forField("residentId"));
            }
            CertificateNumber certificate = null;
            if (certificateNumber != null && !certificateNumber.isBlank() && id != null) {
                try {
                    certificate = CertificateNumber.of(certificateNumber, id);
                } catch (InvalidValueException e) {
                    refused.add(e.forField("certificateNumber"));
                }
            }
            InvalidInputException.throwIfAny(refused);
            return new Claim(name, id, certificate);
        }
    }

    @Transactional
    public Outcome bind(UUID accountId, Claim claim, String address) {
        if (failuresToday(accountId) >= DAILY_FAILURES) {
            audit.record(entry("REAL_NAME_CHECK_REFUSED", accountId, address).withReason("TOO_MANY_FAILURES"));
            return Outcome.TOO_MANY_FAILURES;
        }
        if (accounts.findByResidentId(claim.residentId())
                .filter(other -> !other.equals(accountId))
                .isPresent()) {
            return record(accountId, Outcome.ALREADY_BOUND, "ALREADY_BOUND", address);
        }
        RealNameVerification.Result result =
                verification.verify(claim.fullName(), claim.residentId(), claim.certificate());
        return switch (result) {
            case MATCHED -> {
                accounts.bindRealName(accountId, claim.fullName(), claim.residentId(), claim.certificate());
                yield record(accountId, Outcome.BOUND, "MATCHED", address);
            }
            case NOT_MATCHED -> record(accountId, Outcome.NOT_MATCHED, "NOT_MATCHED", address);
            case UNAVAILABLE -> record(accountId, Outcome.UNAVAILABLE, "UNAVAILABLE", address);
        };
    }

    private Outcome record(UUID accountId, Outcome outcome, String stored, String address) {
        jdbc.sql("INSERT INTO account_real_name_attempt (id, account_id, outcome) VALUES (?, ?, ?)")
                .params(UUID.randomUUID(), accountId, stored)
                .update();
        audit.record(entry(
                        outcome == Outcome.BOUND ? "REAL_NAME_CHECK_PASSED" : "REAL_NAME_CHECK_FAILED",
                        accountId,
                        address)
                .withReason(stored));
        return outcome;
    }

    private long failuresToday(UUID accountId) {
        return jdbc.sql("""
                SELECT count(*) FROM account_real_name_attempt
                 WHERE account_id = ? AND outcome IN ('NOT_MATCHED', 'ALREADY_BOUND') AND attempted_at >= ?""")
                .params(
                        accountId,
                        ChinaTime.today().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
                .query(Long.class)
                .single();
    }

    private static AuditEntry entry(String type, UUID accountId, String address) {
        return AuditEntry.of(type, accountId.toString())
                .withObject("APPLICANT_ACCOUNT", accountId.toString())
                .from(address);
    }
}
