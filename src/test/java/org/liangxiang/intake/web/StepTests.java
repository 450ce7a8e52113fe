package org.liangxiang.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's pages in order, and where each refused field of a submission is put right. */
class StepTests {

    @ParameterizedTest
    @CsvSource({
        "submitter.relationship, WHO",
        "subsidies, SUBSIDIES",
        "person.homeTownship, PERSON",
        "receivingTownship, PERSON",
        "payee, PAYEE",
        "payee.holder, PAYEE",
        "materials, MATERIALS",
        "materials.DISABILITY_CERTIFICATE, MATERIALS",
        "file, MATERIALS",
        "Idempotency-Key, CHECK"
    })
    void sendsEachRefusedFieldToThePageWhereItIsPutRight(String field, Step page) {
        assertThat(Step.forField(field)).isEqualTo(page);
    }

    @Test
    void countsSevenStepsAndGoesOnToTheNext() {
        assertThat(Step.count()).isEqualTo(7);
        assertThat(Step.WHO.number()).isEqualTo(1);
        assertThat(Step.PERSON.next()).isEqualTo(Step.PAYEE);
        assertThat(Step.DECLARATION.next()).isEqualTo(Step.DECLARATION);
        assertThat(Step.of("materials")).contains(Step.MATERIALS);
        assertThat(Step.of("done")).isEmpty();
    }
}
