package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.guide.Situation;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;

/** The aggregate's own rules: status checks, situations, where resubmission leads, guardian accounts, numbers. */
class ApplicationRulesTests {

    static Application in(ApplicationStatus status, SubmitterKind kind, boolean accepted) {
        return new Application(
                ApplicationId.next(),
                "LX4101022026000001",
                status,
                Channel.ONLINE_WEB,
                null,
                "410102001",
                "410302001",
                Set.of(Subsidy.CARE),
                kind,
                kind.agent() ? "母亲" : null,
                null,
                null,
                new byte[0],
                false,
                null,
                0,
                null,
                null,
                accepted ? java.time.Instant.EPOCH : null,
                null,
                null,
                0);
    }

    @ParameterizedTest(name = "withdraw in {0}: {1}")
    @CsvSource({
        "DRAFT, false",
        "SUBMITTED, true",
        "RETURNED, true",
        "IN_REVIEW, true",
        "DECIDED, false",
        "NOT_ACCEPTED, false",
        "WITHDRAWN, false",
        "LAPSED, false"
    })
    void withdrawalBeforeADecisionOnly(ApplicationStatus status, boolean allowed) {
        Application a = in(status, SubmitterKind.PERSON, false);
        if (allowed) {
            a.require("WITHDRAW", ApplicationStatus.WITHDRAWABLE);
        } else {
            assertThatThrownBy(() -> a.require("WITHDRAW", ApplicationStatus.WITHDRAWABLE))
                    .isInstanceOfSatisfying(ApplicationStateException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.act()).isEqualTo("WITHDRAW");
                    });
        }
    }

    @ParameterizedTest(name = "materials in {0}: {1}")
    @CsvSource({"DRAFT, true", "SUBMITTED, true", "RETURNED, true", "IN_REVIEW, false", "DECIDED, false"})
    void materialsChangeUntilAcceptanceOrWhileReturned(ApplicationStatus status, boolean allowed) {
        assertThat(ApplicationStatus.MATERIALS_CHANGEABLE.contains(status)).isEqualTo(allowed);
    }

    @Test
    void anAgentAndAGuardiansAccountAreSituationsOfTheGuide() {
        assertThat(in(ApplicationStatus.DRAFT, SubmitterKind.PERSON, false).situations(PayeeHolder.PERSON))
                .isEmpty();
        assertThat(in(ApplicationStatus.DRAFT, SubmitterKind.GUARDIAN, false).situations(PayeeHolder.GUARDIAN))
                .containsExactlyInAnyOrder(Situation.AGENT_APPLYING, Situation.GUARDIAN_ACCOUNT);
    }

    @Test
    void aCaseReturnedAfterAcceptanceGoesBackToReview() {
        assertThat(in(ApplicationStatus.RETURNED, SubmitterKind.PERSON, false).afterResubmission())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(in(ApplicationStatus.RETURNED, SubmitterKind.PERSON, true).afterResubmission())
                .isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @ParameterizedTest(name = "born {0}, under guardianship {1}: guardian account {2}")
    @CsvSource({
        "2010-06-01, false, true",
        "2008-11-30, false, true", // turns 18 the day after
        "2008-11-29, false, false", // 18 today
        "1980-01-01, false, false",
        "1980-01-01, true, true"
    })
    void aGuardiansAccountForAMinorOrAPersonUnderGuardianship(LocalDate born, boolean guarded, boolean allowed) {
        ResidentId id = IntakeFixtures.residentId(born);
        Person p = new Person("某某", id, CertificateNumber.of(id.value() + "41"), "地址", "410302001", guarded);
        assertThat(p.mayBePaidToGuardian(LocalDate.of(2026, 11, 29))).isEqualTo(allowed);
    }

    @Test
    void numbersNameTheCountyAndTheYear() {
        assertThat(ApplicationNumbers.format("410102", 2026, 123)).isEqualTo("LX4101022026000123");
        assertThat(ApplicationNumbers.format("410102", 2026, 12_345_678)).isEqualTo("LX410102202612345678");
    }

    @Test
    void correctableFieldsExcludeWhatDefinesTheApplication() {
        assertThat(CorrectableFields.known("person.householdAddress")).isTrue();
        assertThat(CorrectableFields.known("person.residentId")).isFalse();
        assertThat(CorrectableFields.known("subsidies")).isFalse();
    }
}
