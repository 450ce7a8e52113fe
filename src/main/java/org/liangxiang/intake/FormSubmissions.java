package org.liangxiang.intake;

import java.nio.charset.StandardCharsets;
import org.liangxiang.shared.crypto.Sm3;
import org.springframework.stereotype.Service;

/**
 * Submission from a form page, honouring the Idempotency-Key generated into the form: a double-clicked or re-sent form
 * submits once, and every copy of the request ends on the same application. The key works as for the JSON API (per
 * account; a refused submission releases it).
 */
@Service
public class FormSubmissions {

    /** How long a copy waits for the first request with its key to finish, in steps of {@link #WAIT_MILLIS}. */
    static final int WAIT_STEPS = 50;

    static final long WAIT_MILLIS = 100;

    private final ApplicationSubmissions submissions;
    private final IdempotencyKeys keys;
    private final Applications applications;

    FormSubmissions(ApplicationSubmissions submissions, IdempotencyKeys keys, Applications applications) {
        this.submissions = submissions;
        this.keys = keys;
        this.applications = applications;
    }

    /**
     * DRAFT -> SUBMITTED once per key; a copy of the request gets the same application. Refusals as {@link
     * ApplicationSubmissions#submit}; a malformed key is refused naming {@code Idempotency-Key}.
     */
    public SubmittedApplication submit(Actor actor, ApplicationId id, String idempotencyKey) {
        byte[] digest = Sm3.hash(("FORM SUBMIT " + id + "\n").getBytes(StandardCharsets.UTF_8), new byte[0]);
        for (int step = 0; ; step++) {
            try {
                keys.run(actor.accountId(), idempotencyKey, digest, () -> {
                    submissions.submit(actor, id);
                    return new IdempotencyKeys.Answer(200, "\"" + id + "\"");
                });
                return applications.get(actor, id);
            } catch (IdempotencyKeys.IdempotencyKeyInUseException running) {
                if (step >= WAIT_STEPS) {
                    throw running;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first submission", e);
        }
    }
}
