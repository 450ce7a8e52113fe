package org.liangxiang.intake;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each return asked to correct (per round), and which items the applicant has changed since. */
@Component
class Corrections {

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Item(CorrectionItem item, boolean changed) {}

    void open(ApplicationId id, int round, Collection<CorrectionItem> items) {
        for (CorrectionItem item : items) {
            jdbc.sql("""
                    INSERT INTO intake_correction_item (application_id, round, kind, code) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(id.value(), round, item.kind().name(), item.code())
                    .update();
        }
    }

    /** Marks the item changed if the current round names it. */
    void changed(Application a, CorrectionItem item) {
        if (a.status() != ApplicationStatus.RETURNED) {
            return;
        }
        jdbc.sql("""
                UPDATE intake_correction_item SET changed_at = coalesce(changed_at, now())
                 WHERE application_id = ? AND round = ? AND kind = ? AND code = ?""")
                .params(a.id().value(), a.correctionRound(), item.kind().name(), item.code())
                .update();
    }

    List<Item> of(ApplicationId id, int round) {
        return jdbc.sql("""
                SELECT kind, code, changed_at IS NOT NULL AS changed FROM intake_correction_item
                 WHERE application_id = ? AND round = ? ORDER BY kind, code""")
                .params(id.value(), round)
                .query((rs, n) -> new Item(
                        new CorrectionItem(CorrectionItem.Kind.valueOf(rs.getString("kind")), rs.getString("code")),
                        rs.getBoolean("changed")))
                .list();
    }

    List<CorrectionItem> stillOpen(Application a) {
        return of(a.id(), a.correctionRound()).stream()
                .filter(i -> !i.changed())
                .map(Item::item)
                .toList();
    }
}
