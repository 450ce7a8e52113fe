package org.liangxiang.intake;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} for submissions, per account. The key is claimed in a transaction of its own (so a retry
 * meanwhile sees it running: 409), the request runs and its answer is stored in one transaction (so an answer is kept
 * exactly when the change committed), and a retry with the same key and the same request gets the stored answer; the
 * same key with another request is refused (422). A refused request releases its key, so the corrected request may
 * use it again. A key left running by a crashed node is taken over after {@link #STALE_SECONDS}.
 */
@Component
class IdempotencyKeys {

    static final int STALE_SECONDS = 120;

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final TransactionTemplate joined;
    private final IntakeMessages messages;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, IntakeMessages messages) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    /** A stored answer: the HTTP status and the JSON body. */
    record Answer(int status, String body) {}

    /** Runs the request once per key; {@code key} null runs it without idempotency. */
    Answer run(UUID accountId, String key, byte[] requestDigest, Supplier<Answer> request) {
        if (key == null) {
            return request.get();
        }
        checkFormat(key);
        Optional<Answer> earlier = claim(accountId, key, requestDigest);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return joined.execute(s -> {
                Answer answer = request.get();
                jdbc.sql("""
                        UPDATE intake_idempotency_key SET state = 'DONE', response_status = ?, response_body = ?,
                               completed_at = now()
                         WHERE account_id = ? AND idempotency_key = ?""")
                        .params(answer.status(), answer.body(), accountId, key)
                        .update();
                return answer;
            });
        } catch (RuntimeException refused) {
            separate.executeWithoutResult(
                    s -> jdbc.sql("DELETE FROM intake_idempotency_key WHERE account_id = ? AND idempotency_key = ?")
                            .params(accountId, key)
                            .update());
            throw refused;
        }
    }

    /** Empty when this call now holds the key; the stored answer for a finished retry; else refuses. */
    private Optional<Answer> claim(UUID accountId, String key, byte[] digest) {
        return separate.execute(s -> {
            int inserted = jdbc.sql("""
                    INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)
                    VALUES (?, ?, ?, 'RUNNING') ON CONFLICT DO NOTHING""").params(accountId, key, digest).update();
            if (inserted == 1) {
                return Optional.<Answer>empty();
            }
            return jdbc.sql("""
                    SELECT request_digest, state, response_status, response_body,
                           created_at < now() - make_interval(secs => ?) AS stale
                      FROM intake_idempotency_key WHERE account_id = ? AND idempotency_key = ? FOR UPDATE""")
                    .params(STALE_SECONDS, accountId, key)
                    .query((rs, n) -> {
                        if (!Arrays.equals(rs.getBytes("request_digest"), digest)) {
                            throw new IdempotencyKeyReusedException();
                        }
                        if ("DONE".equals(rs.getString("state"))) {
                            return Optional.of(new Answer(rs.getInt("response_status"), rs.getString("response_body")));
                        }
                        if (!rs.getBoolean("stale")) {
                            throw new IdempotencyKeyInUseException();
                        }
                        return Optional.<Answer>empty();
                    })
                    .optional()
                    // released by a refused request between the insert and this read: nobody holds it
                    .orElseThrow(IdempotencyKeyInUseException::new)
                    .or(() -> retake(accountId, key));
        });
    }

    private Optional<Answer> retake(UUID accountId, String key) {
        jdbc.sql("UPDATE intake_idempotency_key SET created_at = now() WHERE account_id = ? AND idempotency_key = ?")
                .params(accountId, key)
                .update();
        return Optional.empty();
    }

    private void checkFormat(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw messages.invalid("Idempotency-Key", "INTAKE_IDEMPOTENCY_KEY_FORMAT");
        }
    }

    /** The key was used with another request (422). */
    static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("Idempotency-Key reused with a different request");
        }
    }

    /** The first request with the key is still running (409). */
    static class IdempotencyKeyInUseException extends RuntimeException {
        IdempotencyKeyInUseException() {
            super("Idempotency-Key in use by a running request");
        }
    }
}
