package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.intake.IntakeFixtures.ZHONGYUAN_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.form;
import static org.liangxiang.intake.IntakeFixtures.residentId;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The full name's blind index of intake_application: written with the sealed name (and with a change of the person),
 * and filled for older rows by {@link FullNameBackfill} once, without moving the row's version.
 */
@IntegrationTest
class FullNameIndexIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    FullNameBackfill backfill;

    @Autowired
    PersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewApplicationKeepsTheIndexOfItsName() {
        SubmittedApplication draft = drafts.create(
                Actor.applicant(UUID.randomUUID()), form(residentId(), ZHONGYUAN_TOWNSHIP, Subsidy.LIVING));

        assertThat(index(draft)).isEqualTo(personalData.index(PersonalData.NAME, "张三丰"));
        assertThat(index(draft)).isEqualTo(personalData.index(PersonalData.NAME, " 张 三丰\u3000"));
        assertThat(index(draft)).isNotEqualTo(personalData.index(PersonalData.NAME, "张三"));
    }

    @Test
    void theBackfillGivesAnOlderRowItsIndexOnceWithoutMovingItsVersion() {
        SubmittedApplication draft = drafts.create(
                Actor.applicant(UUID.randomUUID()), form(residentId(), ZHONGYUAN_TOWNSHIP, Subsidy.LIVING));
        jdbc.sql("UPDATE intake_application SET full_name_index = NULL WHERE id = ?")
                .param(draft.id().value())
                .update();
        long version = version(draft);

        assertThat(backfill.fillAll()).isPositive();

        assertThat(index(draft)).isEqualTo(personalData.index(PersonalData.NAME, "张三丰"));
        assertThat(version(draft)).isEqualTo(version);
        backfill.fillAll();
        assertThat(index(draft)).isEqualTo(personalData.index(PersonalData.NAME, "张三丰"));
    }

    @Test
    void aRowWhoseNameDoesNotOpenIsLeftAsItIs() {
        SubmittedApplication draft = drafts.create(
                Actor.applicant(UUID.randomUUID()), form(residentId(), ZHONGYUAN_TOWNSHIP, Subsidy.LIVING));
        SubmittedApplication other =
                drafts.create(Actor.applicant(UUID.randomUUID()), form(residentId(), ZHONGYUAN_TOWNSHIP, Subsidy.CARE));
        // another row's ciphertext: bound to that row, so it does not open here
        jdbc.sql("""
                        UPDATE intake_application SET full_name_index = NULL,
                               full_name_sealed = (SELECT full_name_sealed FROM intake_application WHERE id = ?)
                         WHERE id = ?""").params(other.id().value(), draft.id().value()).update();

        backfill.fillAll();

        assertThat(jdbc.sql("SELECT full_name_index IS NULL FROM intake_application WHERE id = ?")
                        .param(draft.id().value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private byte[] index(SubmittedApplication a) {
        return jdbc.sql("SELECT full_name_index FROM intake_application WHERE id = ?")
                .param(a.id().value())
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private long version(SubmittedApplication a) {
        return jdbc.sql("SELECT version FROM intake_application WHERE id = ?")
                .param(a.id().value())
                .query(Long.class)
                .single();
    }
}
