package org.liangxiang.review;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.liangxiang.intake.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices acts owe ({@code review_notice}): recorded in the act's transaction, issued once each after it. The key
 * is the case, the act (the version the act gives the case), the kind and the subsidy; a notice is issued when its
 * document is set, which happens once.
 */
@Component
class DueNotices {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DueNotices(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A notice not yet issued, with the application's number. */
    record Due(UUID applicationId, long actVersion, String number, NoticeDue notice) {}

    /** The act on the case (before its save) owes the notice. */
    void record(ReviewCase c, NoticeDue notice) {
        record(c, List.of(notice));
    }

    /**
     * The act on the case (before its save) owes the notices: written by the case's save, in its statement
     * ({@link CaseStore#save}), every row keyed by the version the act gives the case (the case's version plus one), so
     * an act's notices share its {@code act_version}.
     */
    void record(ReviewCase c, List<NoticeDue> notices) {
        c.pending.notices.addAll(notices);
    }

    /** The case's notices not yet issued, oldest act first, locked until the caller's transaction ends. */
    List<Due> lockDue(UUID applicationId) {
        return jdbc.sql("""
                SELECT n.application_id, n.act_version, n.kind, n.details, c.number
                  FROM review_notice n JOIN review_case c ON c.application_id = n.application_id
                 WHERE n.application_id = ? AND n.document_id IS NULL
                 ORDER BY n.act_version, n.kind, n.subsidy
                 FOR UPDATE OF n""")
                .param(applicationId)
                .query((rs, n) -> new Due(
                        rs.getObject("application_id", UUID.class),
                        rs.getLong("act_version"),
                        rs.getString("number"),
                        json.readValue(
                                rs.getString("details"), NoticeDue.type(NoticeKind.valueOf(rs.getString("kind"))))))
                .list();
    }

    /** Up to {@code limit} cases with notices owed, the longest owing first, leaving out {@code skipped}. */
    List<UUID> casesOwing(int limit, Collection<UUID> skipped) {
        return jdbc.sql("""
                        SELECT application_id FROM review_notice
                         WHERE document_id IS NULL AND NOT (application_id = ANY (CAST(? AS uuid[])))
                         GROUP BY application_id ORDER BY min(created_at), application_id LIMIT ?""")
                .params(skipped.stream().map(UUID::toString).toArray(String[]::new), limit)
                .query(UUID.class)
                .list();
    }

    /** The notice is issued as that document; false when it was already. */
    boolean issued(Due due, UUID documentId) {
        return jdbc.sql("""
                        UPDATE review_notice SET document_id = ?, issued_at = now()
                         WHERE application_id = ? AND act_version = ? AND kind = ? AND subsidy = ?
                           AND document_id IS NULL""")
                        .params(
                                documentId,
                                due.applicationId(),
                                due.actVersion(),
                                due.notice().kind().name(),
                                subsidyKey(due.notice()))
                        .update()
                == 1;
    }

    static String subsidyKey(NoticeDue notice) {
        return notice.subsidy() == null ? "" : notice.subsidy().name();
    }
}
