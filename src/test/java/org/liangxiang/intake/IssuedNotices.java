package org.liangxiang.intake;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for notices in tests: review issues them after the act's commit (a listener renders the PDF), so a test
 * polls, bounded, for the documents it expects and fails after 30 s.
 */
public final class IssuedNotices {

    private IssuedNotices() {}

    /** The application's documents once it has at least {@code count} of the kind. */
    public static List<ApplicationDocuments.Document> await(
            ApplicationDocuments documents, Actor actor, ApplicationId id, NoticeKind kind, int count) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            List<ApplicationDocuments.Document> found = documents.list(actor, id);
            if (found.stream().filter(d -> d.kind() == kind).count() >= count) {
                return found;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + count + " " + kind + " for " + id + ": " + found);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
