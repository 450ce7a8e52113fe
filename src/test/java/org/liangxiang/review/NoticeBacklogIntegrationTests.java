package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liangxiang.AsOwner;
import org.liangxiang.IntegrationTest;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.PartnerIntake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A backlog of owed notices does not slow the issuing of each one: the notice job's lookups of a case's owed notices
 * and its marking of one notice issued read a handful of index pages whatever the backlog, even through the index of
 * owed notices, which the planner took on the benchmark's database (run 19 of docs/performance.md: 11,277 buffers and
 * 9 ms an update with 16,428 notices owed, when that index was keyed by the time owed).
 */
@IntegrationTest
class NoticeBacklogIntegrationTests {

    private static final int BACKLOG = 20_000;
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    PartnerIntake partners;

    @Autowired
    Environment env;

    @Test
    void issuingANoticeReadsAFewPagesWhateverTheBacklogAndTheStatistics() throws Exception {
        ReviewFixtures fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
        UUID owing = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A).id().value();
        UUID other = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A).id().value();
        try (Connection c = AsOwner.connect(env)) {
            c.setAutoCommit(false);
            try (PreparedStatement owe = c.prepareStatement("""
                    INSERT INTO review_notice (application_id, act_version, kind, subsidy, details)
                    SELECT CAST(? AS uuid), v, 'ACCEPTANCE_RECEIPT', '', CAST('{}' AS jsonb)
                      FROM generate_series(1000, 999 + ?) AS v""")) {
                owe.setObject(1, other);
                owe.setInt(2, BACKLOG);
                owe.executeUpdate();
                owe.setObject(1, owing);
                owe.setInt(2, 3);
                owe.executeUpdate();
            }

            try (Statement s = c.createStatement()) {
                // the planner made to take the index of owed notices, as it did on the benchmark's database (its
                // statistics taken while nothing was owed made that index look nearly empty): the primary key dropped
                // inside this transaction, which is rolled back, and no sequential scan
                s.execute("ALTER TABLE review_notice DROP CONSTRAINT review_notice_pkey");
                s.execute("SET LOCAL enable_seqscan = off");
            }

            // DueNotices.issued and DueNotices.lockDue, with the backlog of another case owed before them
            int issuedBuffers = buffers(c, """
                    UPDATE review_notice SET document_id = gen_random_uuid(), issued_at = now()
                     WHERE application_id = '%s' AND act_version = 1001 AND kind = 'ACCEPTANCE_RECEIPT' AND subsidy = ''
                       AND document_id IS NULL""".formatted(owing));
            int lockBuffers = buffers(c, """
                    SELECT n.application_id, n.act_version, n.kind, n.details, c.number
                      FROM review_notice n JOIN review_case c ON c.application_id = n.application_id
                     WHERE n.application_id = '%s' AND n.document_id IS NULL
                     ORDER BY n.act_version, n.kind, n.subsidy
                       FOR UPDATE OF n""".formatted(owing));
            c.rollback();

            assertThat(issuedBuffers)
                    .as("buffers of marking one notice issued, %d others owed", BACKLOG)
                    .isLessThan(40);
            assertThat(lockBuffers)
                    .as("buffers of locking one case's owed notices, %d others owed", BACKLOG)
                    .isLessThan(60);
        }
    }

    /** The buffers the statement's top plan node touched (hit and read), run by EXPLAIN ANALYZE. */
    private static int buffers(Connection c, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        Matcher m = BUFFERS.matcher(plan);
        assertThat(m.find()).as("a buffers line in\n%s", plan).isTrue();
        return Integer.parseInt(m.group(1)) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }
}
