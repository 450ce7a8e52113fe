package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.intake.IntakeFixtures.ZHONGYUAN_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.form;
import static org.liangxiang.intake.IntakeFixtures.residentId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.RoundTrips;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A keyed submission as the JSON API makes it ({@code ApplicationApi.submit}): two statements on the request's thread,
 * and two round trips to PostgreSQL in all. The first claims the key, reads the application with its payee holder and
 * materials, and writes the one-open-application rows and the application's update (ApplicationStore.submittingFacts);
 * the second is the rows kept for the commit — the review case and its subsidies, the audit record, the key's answer
 * (IdempotencyKeys.ANSWERS) — sent with the {@code COMMIT} (shared.database.CommitWithInserts).
 */
@IntegrationTest
class KeyedSubmissionStatementsIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    JdbcClient jdbc;

    private SubmittedApplication completeDraft(Actor actor) {
        SubmittedApplication draft =
                drafts.create(actor, form(residentId(), ZHONGYUAN_TOWNSHIP, Subsidy.LIVING, Subsidy.CARE));
        IntakeFixtures.uploadRequired(materials, required, actor, draft, Set.of());
        return draft;
    }

    private IdempotencyKeys.Answer submit(Actor actor, ApplicationId id, String key) {
        return keys.run(
                actor.accountId(),
                key,
                ApplicationApi.digest("POST", "/api/applications/" + id + "/submission", new byte[0]),
                claim -> submissions.submittingFacts(id, claim),
                (facts, answered) -> {
                    SubmittedApplication a = submissions.submit(
                            actor,
                            id,
                            facts,
                            early -> answered.accept(new IdempotencyKeys.Answer(200, early.number())));
                    return new IdempotencyKeys.Answer(200, a.number());
                });
    }

    @Test
    void aKeyedSubmissionIsTwoStatementsAndTwoRoundTrips() {
        Actor actor = Actor.applicant(UUID.randomUUID());
        submit(actor, completeDraft(actor).id(), "k-warm-" + UUID.randomUUID()); // statements prepared, caches warm
        SubmittedApplication draft = completeDraft(actor);
        String key = "k-" + UUID.randomUUID();

        List<String> statements = new ArrayList<>();
        int roundTrips = RoundTrips.during(() -> statements.addAll(
                ExecutedStatements.containing("SQL statement [", () -> submit(actor, draft.id(), key))));

        assertThat(statements).hasSize(2);
        assertThat(roundTrips)
                .as("the first statement; the kept rows with the COMMIT")
                .isEqualTo(2);
        assertThat(statements.get(0))
                .contains("INSERT INTO intake_idempotency_key")
                .contains("INSERT INTO intake_application_subsidy")
                .contains("UPDATE intake_application SET status = 'SUBMITTED'");
        assertThat(statements.get(1))
                .contains("INSERT INTO review_case (")
                .contains("INSERT INTO audit_record")
                .contains("INSERT INTO review_subsidy (")
                .contains("ON CONFLICT (account_id, idempotency_key) DO UPDATE SET state = 'DONE'")
                .endsWith(";\nCOMMIT]");
        assertThat(jdbc.sql("SELECT state FROM review_case WHERE application_id = ?")
                        .param(draft.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("TO_ACCEPT");
        assertThat(jdbc.sql("SELECT state || ' ' || response_body FROM intake_idempotency_key"
                                + " WHERE account_id = ? AND idempotency_key = ?")
                        .params(actor.accountId(), key)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE " + draft.number());
        assertThat(jdbc.sql("SELECT status FROM intake_application WHERE id = ?")
                        .param(draft.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT count(*) FROM intake_application_subsidy WHERE application_id = ? AND open")
                        .param(draft.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
