package org.liangxiang.intake;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} for submissions, per account. The key is claimed, the request runs and its answer is stored
 * in one transaction, so an answer is kept exactly when the change committed, and a refused request (rolled back)
 * leaves its key free for the corrected request. A retry with the same key and the same request gets the stored
 * answer; while the first still runs, a retry waits for it at the claim (the key's row is uncommitted) and then gets
 * its answer, or runs when the first was refused. The same key with another request is refused (422). A key found
 * running (claimed by the caller's own transaction, or left by a node of an earlier version) is refused (409) and taken
 * over after {@link #STALE_SECONDS}.
 *
 * <p>A request whose first statement is a read of its own may make the claim in that statement ({@link
 * #run(UUID, String, byte[], Function, BiFunction)}): the insert as a part of it, one statement fewer; same answers.
 * Such a request may also give its answer as soon as it knows it, before its last statements: the answer is then
 * written with the transaction's rows kept for its commit ({@link InsertsAtCommit}: with the submission's audit record
 * and the case's opening, one statement fewer again), and written again only if the answer returned differs.
 */
@Component
class IdempotencyKeys {

    static final int STALE_SECONDS = 120;

    /** A key's answer given early ({@link #run(UUID, String, byte[], Function, BiFunction)}), kept for the commit. */
    static final InsertsAtCommit.Table ANSWERS = new InsertsAtCommit.Table("""
                    INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state,
                        response_status, response_body, completed_at) VALUES""", "(?, ?, ?, 'DONE', ?, ?, now())", """
                    ON CONFLICT (account_id, idempotency_key) DO UPDATE SET state = 'DONE',
                        response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body,
                        completed_at = EXCLUDED.completed_at""");

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;
    private final TransactionTemplate transaction;
    private final IntakeMessages messages;

    IdempotencyKeys(
            JdbcClient jdbc,
            InsertsAtCommit inserts,
            PlatformTransactionManager transactions,
            IntakeMessages messages) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    /** A stored answer: the HTTP status and the JSON body. */
    record Answer(int status, String body) {}

    /** What the claim found: the key is now held (both null), an earlier answer, or a refusal. */
    private record Claim(Answer earlier, RuntimeException refusal) {

        static final Claim HELD = new Claim(null, null);

        boolean held() {
            return earlier == null && refusal == null;
        }

        Answer answer() {
            if (refusal != null) {
                throw refusal;
            }
            return earlier;
        }
    }

    /** Runs the request once per key; {@code key} null runs it without idempotency. */
    Answer run(UUID accountId, String key, byte[] requestDigest, Supplier<Answer> request) {
        if (key == null) {
            return request.get();
        }
        checkFormat(key);
        // a refusal of the claim is thrown only after the template, so that it never rolls back a caller's transaction
        return transaction
                .execute(s -> {
                    Claim claim = claim(accountId, key, requestDigest);
                    if (!claim.held()) {
                        return claim;
                    }
                    Answer answer = request.get();
                    done(accountId, key, answer);
                    return new Claim(answer, null);
                })
                .answer();
    }

    /**
     * The key's claim made by the request's first statement, a read: {@code read} runs {@link ClaimPart#with} before
     * its own statement (with the part's parameters first) and answers whether the key was claimed; when it was,
     * {@code request} carries on from what it read, else the earlier answer or the refusal is given as by {@link
     * #run(UUID, String, byte[], Supplier)} and nothing else runs. {@code request} may give its answer early to the
     * consumer it is handed (at most once, before its last statements): the answer is then kept for the commit instead
     * of written by a statement of its own; an answer returned that differs from the early one is written over it.
     * {@code key} must not be null.
     */
    <T extends KeyClaimed> Answer run(
            UUID accountId,
            String key,
            byte[] requestDigest,
            Function<ClaimPart, T> read,
            BiFunction<T, Consumer<Answer>, Answer> request) {
        checkFormat(key);
        return transaction
                .execute(s -> {
                    T first = read.apply(new ClaimPart(accountId, key, requestDigest));
                    Claim claim = first.keyClaimed() ? Claim.HELD : found(accountId, key, requestDigest);
                    if (!claim.held()) {
                        return claim;
                    }
                    Answer[] early = new Answer[1];
                    Answer answer = request.apply(first, given -> {
                        if (early[0] != null) {
                            throw new IllegalStateException("an idempotency key's answer is given early at most once");
                        }
                        early[0] = given;
                        inserts.insert(ANSWERS, List.<Object[]>of(new Object[] {
                            accountId, key, requestDigest, given.status(), given.body()
                        }));
                    });
                    if (!answer.equals(early[0])) {
                        if (early[0] != null) {
                            inserts.flush(); // the early answer written first, so that the one returned is the last
                        }
                        done(accountId, key, answer);
                    }
                    return new Claim(answer, null);
                })
                .answer();
    }

    /** What a read that made the claim tells besides what it read. */
    interface KeyClaimed {
        boolean keyClaimed();
    }

    /**
     * The claim as the first part of a statement: {@link #with} before the statement (its parameters, {@link
     * #parameters}, before the statement's own) and {@link #CLAIMED} a column expression telling whether the key was
     * claimed (false when it was there already; a claim by a transaction still running is waited for).
     */
    record ClaimPart(UUID accountId, String key, byte[] digest) {

        static final String WITH = """
                WITH claimed AS (
                    INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)
                    VALUES (?, ?, ?, 'RUNNING') ON CONFLICT DO NOTHING RETURNING 1)
                """;

        static final String CLAIMED = "EXISTS (SELECT 1 FROM claimed)";

        String with() {
            return WITH;
        }

        Object[] parameters() {
            return new Object[] {accountId, key, digest};
        }
    }

    private void done(UUID accountId, String key, Answer answer) {
        jdbc.sql("""
                UPDATE intake_idempotency_key SET state = 'DONE', response_status = ?, response_body = ?,
                       completed_at = now()
                 WHERE account_id = ? AND idempotency_key = ?""").params(answer.status(), answer.body(), accountId, key).update();
    }

    private Claim claim(UUID accountId, String key, byte[] digest) {
        int inserted = jdbc.sql("""
                INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)
                VALUES (?, ?, ?, 'RUNNING') ON CONFLICT DO NOTHING""").params(accountId, key, digest).update();
        return inserted == 1 ? Claim.HELD : found(accountId, key, digest);
    }

    /** The key was there already: its earlier answer, or the refusal (another request, still running, taken over). */
    private Claim found(UUID accountId, String key, byte[] digest) {
        return jdbc.sql("""
                SELECT request_digest, state, response_status, response_body,
                       created_at < now() - make_interval(secs => ?) AS stale
                  FROM intake_idempotency_key WHERE account_id = ? AND idempotency_key = ? FOR UPDATE""")
                .params(STALE_SECONDS, accountId, key)
                .query((rs, n) -> {
                    if (!Arrays.equals(rs.getBytes("request_digest"), digest)) {
                        return new Claim(null, new IdempotencyKeyReusedException());
                    }
                    if ("DONE".equals(rs.getString("state"))) {
                        return new Claim(new Answer(rs.getInt("response_status"), rs.getString("response_body")), null);
                    }
                    return rs.getBoolean("stale")
                            ? retake(accountId, key)
                            : new Claim(null, new IdempotencyKeyInUseException());
                })
                .optional()
                .orElseGet(() -> new Claim(null, new IdempotencyKeyInUseException()));
    }

    private Claim retake(UUID accountId, String key) {
        jdbc.sql("UPDATE intake_idempotency_key SET created_at = now() WHERE account_id = ? AND idempotency_key = ?")
                .params(accountId, key)
                .update();
        return Claim.HELD;
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
