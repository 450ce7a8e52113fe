package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idempotency key claimed by the request's own first read ({@link IdempotencyKeys.ClaimPart}): the same answers as
 * the separate claim (the HTTP tests in {@link ApplicationApiIntegrationTests} run submission and resubmission this
 * way), here each case at the service, including a retry that arrives while the first request is still running.
 */
@IntegrationTest
class IdempotencyKeysIntegrationTests {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    JdbcClient jdbc;

    /** What the test's first read returns: whether it claimed the key, and that it ran. */
    record Read(boolean keyClaimed) implements IdempotencyKeys.KeyClaimed {}

    private Read read(IdempotencyKeys.ClaimPart claim) {
        return jdbc.sql(claim.with() + "SELECT " + IdempotencyKeys.ClaimPart.CLAIMED + " AS claimed")
                .params((Object[]) claim.parameters())
                .query((rs, n) -> new Read(rs.getBoolean("claimed")))
                .single();
    }

    private static byte[] digest(String request) {
        return ApplicationApi.digest(
                "POST", "/api/applications/x/submission", request.getBytes(StandardCharsets.UTF_8));
    }

    private String state(UUID account, String key) {
        return jdbc.sql("SELECT state FROM intake_idempotency_key WHERE account_id = ? AND idempotency_key = ?")
                .params(account, key)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    @Test
    void theReadClaimsTheKeyTheRequestRunsOnceAndARetryGetsTheFirstAnswer() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();
        AtomicInteger ran = new AtomicInteger();

        IdempotencyKeys.Answer first = keys.run(account, key, digest(""), this::read, (r, answered) -> {
            assertThat(r.keyClaimed()).isTrue();
            // the claim is the read's: the key is held, uncommitted, before the request does anything
            assertThat(state(account, key)).isEqualTo("RUNNING");
            return new IdempotencyKeys.Answer(200, "{\"n\":" + ran.incrementAndGet() + "}");
        });
        IdempotencyKeys.Answer retry = keys.run(
                account,
                key,
                digest(""),
                this::read,
                (r, answered) -> new IdempotencyKeys.Answer(200, "{\"n\":" + ran.incrementAndGet() + "}"));

        assertThat(first.body()).isEqualTo("{\"n\":1}");
        assertThat(retry).isEqualTo(first);
        assertThat(ran).hasValue(1);
        assertThat(state(account, key)).isEqualTo("DONE");
        assertThatThrownBy(() -> keys.run(
                        account,
                        key,
                        digest("{\"x\":1}"),
                        this::read,
                        (r, answered) -> new IdempotencyKeys.Answer(200, "{}")))
                .isInstanceOf(IdempotencyKeys.IdempotencyKeyReusedException.class);
        assertThat(ran).hasValue(1);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();

        assertThatThrownBy(() -> keys.run(account, key, digest(""), this::read, (r, answered) -> {
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");
        assertThat(state(account, key)).isEqualTo("none");

        IdempotencyKeys.Answer corrected = keys.run(
                account,
                key,
                digest(""),
                this::read,
                (r, answered) -> new IdempotencyKeys.Answer(200, "{\"ok\":true}"));
        assertThat(corrected.body()).isEqualTo("{\"ok\":true}");
        assertThat(state(account, key)).isEqualTo("DONE");
    }

    @Test
    void aKeyLeftRunningIsAConflictAndNothingRuns() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)"
                        + " VALUES (?, ?, ?, 'RUNNING')")
                .params(account, key, digest(""))
                .update();
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> keys.run(account, key, digest(""), this::read, (r, answered) -> {
                    ran.incrementAndGet();
                    return new IdempotencyKeys.Answer(200, "{}");
                }))
                .isInstanceOf(IdempotencyKeys.IdempotencyKeyInUseException.class);
        assertThat(ran).hasValue(0);
    }

    @Test
    void aRetryWhileTheFirstRunsWaitsAtTheClaimAndGetsTheFirstAnswer() throws Exception {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();

        CompletableFuture<IdempotencyKeys.Answer> first =
                CompletableFuture.supplyAsync(() -> keys.run(account, key, digest(""), this::read, (r, answered) -> {
                    ran.incrementAndGet();
                    firstHolds.countDown();
                    await(release);
                    return new IdempotencyKeys.Answer(200, "{\"first\":true}");
                }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<IdempotencyKeys.Answer> retry =
                CompletableFuture.supplyAsync(() -> keys.run(account, key, digest(""), this::read, (r, answered) -> {
                    ran.incrementAndGet();
                    return new IdempotencyKeys.Answer(200, "{\"retry\":true}");
                }));
        waitUntilABackendWaitsForALock();
        assertThat(retry).isNotDone();
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).body()).isEqualTo("{\"first\":true}");
        assertThat(retry.get(30, TimeUnit.SECONDS)).isEqualTo(first.get());
        assertThat(ran).hasValue(1);
    }

    @Test
    void anAnswerGivenEarlyIsWrittenWithTheTransactionsRowsAtItsCommit() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();
        AtomicInteger ran = new AtomicInteger();

        IdempotencyKeys.Answer first = keys.run(account, key, digest(""), this::read, (r, answered) -> {
            IdempotencyKeys.Answer answer = new IdempotencyKeys.Answer(200, "{\"n\":" + ran.incrementAndGet() + "}");
            answered.accept(answer);
            // kept for the commit, not written by a statement of its own
            assertThat(state(account, key)).isEqualTo("RUNNING");
            return answer;
        });

        assertThat(state(account, key)).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT response_status || ' ' || response_body FROM intake_idempotency_key"
                                + " WHERE account_id = ? AND idempotency_key = ? AND completed_at IS NOT NULL")
                        .params(account, key)
                        .query(String.class)
                        .single())
                .isEqualTo("200 {\"n\":1}");
        IdempotencyKeys.Answer retry = keys.run(
                account,
                key,
                digest(""),
                this::read,
                (r, answered) -> new IdempotencyKeys.Answer(200, "{\"n\":" + ran.incrementAndGet() + "}"));
        assertThat(retry).isEqualTo(first);
        assertThat(ran).hasValue(1);
    }

    @Test
    void anAnswerReturnedThatDiffersFromTheEarlyOneIsTheOneKept() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();

        IdempotencyKeys.Answer returned = keys.run(account, key, digest(""), this::read, (r, answered) -> {
            answered.accept(new IdempotencyKeys.Answer(200, "{\"early\":true}"));
            return new IdempotencyKeys.Answer(200, "{\"late\":true}");
        });

        assertThat(returned.body()).isEqualTo("{\"late\":true}");
        assertThat(keys.run(
                        account,
                        key,
                        digest(""),
                        this::read,
                        (r, answered) -> new IdempotencyKeys.Answer(200, "{\"again\":true}")))
                .isEqualTo(returned);
    }

    @Test
    void anAnswerGivenTwiceIsRefusedAndNothingIsKept() {
        UUID account = UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();

        assertThatThrownBy(() -> keys.run(account, key, digest(""), this::read, (r, answered) -> {
                    answered.accept(new IdempotencyKeys.Answer(200, "{}"));
                    answered.accept(new IdempotencyKeys.Answer(200, "{}"));
                    return new IdempotencyKeys.Answer(200, "{}");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(state(account, key)).isEqualTo("none");
    }

    private void waitUntilABackendWaitsForALock() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                + " AND query LIKE '%intake_idempotency_key%'")
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime()).as("the retry waits at the claim").isLessThan(until);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
