package org.liangxiang.intake;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.shared.crypto.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills the full name's blind index of applications written before intake kept it (new rows get it with the sealed
 * name): shortly after start and then every few hours, under ShedLock, in batches of {@link #BATCH} rows, each row only
 * while its sealed name is still the one read (so a concurrent change of the person wins). Idempotent: a row with the
 * index is never read again, and the version of the row does not move.
 */
@Component
class FullNameBackfill {

    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(FullNameBackfill.class);

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    FullNameBackfill(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Scheduled(
            initialDelayString = "${liangxiang.intake.name-index-backfill-delay:PT1M}",
            fixedDelayString = "${liangxiang.intake.name-index-backfill-interval:PT6H}")
    @SchedulerLock(name = "intake-full-name-index", lockAtMostFor = "PT1H")
    public void run() {
        int filled = fillAll();
        if (filled > 0) {
            log.info("Intake: the full name's blind index filled for {} applications", filled);
        }
    }

    /**
     * Walks the rows without the index once, in batches by id (a row whose name does not open is left as it is and
     * not read again in this run); answers how many rows it filled.
     */
    int fillAll() {
        UUID after = new UUID(0, 0);
        int filled = 0;
        List<Row> rows;
        do {
            rows = batchAfter(after);
            for (Row row : rows) {
                filled += fill(row);
                after = row.id();
            }
        } while (rows.size() == BATCH);
        return filled;
    }

    private List<Row> batchAfter(UUID after) {
        return jdbc.sql("""
                        SELECT id, full_name_sealed FROM intake_application
                         WHERE full_name_index IS NULL AND id > ? ORDER BY id LIMIT ?""")
                .params(after, BATCH)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("full_name_sealed")))
                .list();
    }

    private int fill(Row row) {
        String name;
        try {
            name = personalData.open(row.sealed(), ApplicationStore.TABLE, "full_name", row.id());
        } catch (RuntimeException e) {
            log.warn("Intake: the name of application {} does not open; its name index stays empty", row.id());
            return 0;
        }
        return jdbc.sql("""
                        UPDATE intake_application SET full_name_index = ?
                         WHERE id = ? AND full_name_index IS NULL AND full_name_sealed = ?""")
                .params(personalData.index(PersonalData.NAME, name), row.id(), row.sealed())
                .update();
    }

    private record Row(UUID id, byte[] sealed) {}
}
