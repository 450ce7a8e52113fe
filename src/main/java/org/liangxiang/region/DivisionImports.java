package org.liangxiang.region;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.RegionImportException.ImportRule;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a newer edition, all or nothing, set-based (docs/regions.md). New codes are added; a code whose name,
 * parent or flags changed gets a new version; codes retired explicitly ({@code retire=true}), or missing from a file
 * that is declared complete for a subtree, get {@code valid_to}; retiring a code retires its current descendants that
 * the file does not list. The closure ({@link RegionClosure}) follows in the same transaction.
 */
@Service
class DivisionImports {

    /** A file declared complete for the whole country. */
    static final String EVERYWHERE = "ALL";

    private static final Logger log = LoggerFactory.getLogger(DivisionImports.class);
    private static final Pattern EDITION = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final DivisionStore store;
    private final JdbcClient jdbc;
    private final ImportSteps steps;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final RegionClosure closure;

    DivisionImports(
            DivisionStore store,
            JdbcClient jdbc,
            ImportSteps steps,
            ApplicationEventPublisher events,
            AuditTrail audit,
            RegionClosure closure) {
        this.audit = audit;
        this.closure = closure;
        this.store = store;
        this.jdbc = jdbc;
        this.steps = steps;
        this.events = events;
    }

    /** What an import did. */
    record Report(String edition, LocalDate validFrom, int rows, int added, int changed, int retired) {}

    /**
     * @param complete {@code null} (the file lists changes only), {@link #EVERYWHERE}, or a region code whose subtree
     *     the file lists completely at the levels it contains
     */
    @Transactional
    Report run(String edition, LocalDate validFrom, String complete, String csv, String actor) {
        if (edition == null || !EDITION.matcher(edition).matches()) {
            throw new RegionImportException(ImportRule.EDITION_FORMAT, "edition", null, edition);
        }
        String scope = scope(complete);
        store.lock();
        if (store.editionExists(edition)) {
            throw new RegionImportException(ImportRule.EDITION_EXISTS, "edition", null, edition);
        }
        Optional<LocalDate> latest = store.latestEditionStart();
        if (validFrom == null || latest.filter(l -> !validFrom.isAfter(l)).isPresent()) {
            throw new RegionImportException(
                    ImportRule.VALID_FROM_ORDER,
                    "validFrom",
                    null,
                    latest.map(LocalDate::toString).orElse(null));
        }
        long started = System.nanoTime();
        List<ImportFile.Row> rows = ImportFile.parse(csv);
        store.insertEdition(edition, validFrom, "import", actor);
        stage(rows);
        steps.completeRows();
        int retired = steps.retire(scope, validFrom);
        int[] addedChanged = steps.apply(edition, validFrom);
        store.countEdition(edition, addedChanged[0], addedChanged[1], retired);
        closure.refresh();
        events.publishEvent(new RegionEditionImported(
                EventEnvelope.of(actor, "API"), edition, validFrom, addedChanged[0], addedChanged[1], retired));
        audit.recordBulk(
                AuditEntry.of("REGION_EDITION_IMPORTED", actor)
                        .withObject("REGION_EDITION", edition)
                        .withChange(
                                null,
                                "added " + addedChanged[0] + ", changed " + addedChanged[1] + ", retired " + retired),
                rows.size(),
                Sm3.hash(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Report report = new Report(edition, validFrom, rows.size(), addedChanged[0], addedChanged[1], retired);
        log.info(
                "Imported division edition {} in {} ms: {}",
                edition,
                (System.nanoTime() - started) / 1_000_000,
                report);
        return report;
    }

    /** The latest edition's valid-from date, if any edition is loaded. */
    Optional<LocalDate> latestEditionStart() {
        return store.latestEditionStart();
    }

    private String scope(String complete) {
        if (complete == null || complete.isBlank()) {
            return null;
        }
        if (EVERYWHERE.equalsIgnoreCase(complete.strip())) {
            return EVERYWHERE;
        }
        try {
            String code = DivisionCodes.canonical("complete", complete);
            boolean current = jdbc.sql(
                            "SELECT EXISTS (SELECT 1 FROM region_division WHERE code = ? AND valid_to IS NULL)")
                    .param(code)
                    .query(Boolean.class)
                    .single();
            if (current) {
                return code;
            }
        } catch (InvalidRegionCodeException e) {
            // reported below
        }
        throw new RegionImportException(ImportRule.SCOPE, "complete", null, complete);
    }

    private void stage(List<ImportFile.Row> rows) {
        jdbc.sql("""
                        CREATE TEMP TABLE region_import (
                            line INT NOT NULL, code VARCHAR(9) PRIMARY KEY, parent_code VARCHAR(9),
                            parent_candidates TEXT, name TEXT, level TEXT NOT NULL, statistical_only BOOLEAN,
                            statistical_range BOOLEAN NOT NULL, grouping_node BOOLEAN, retire BOOLEAN NOT NULL
                        ) ON COMMIT DROP""").update();
        String data = rows.stream()
                .map(row -> String.join(
                        ",",
                        String.valueOf(row.line()),
                        row.code(),
                        CsvRecords.quote(row.parentCode()),
                        String.join(" ", DivisionCodes.structuralParents(row.code())),
                        CsvRecords.quote(row.retire() ? null : row.name()),
                        row.level().name(),
                        row.statisticalOnly() == null
                                ? ""
                                : row.statisticalOnly().toString(),
                        String.valueOf(DivisionCodes.statisticalRange(row.code())),
                        "",
                        String.valueOf(row.retire())))
                .collect(Collectors.joining("\n", "", "\n"));
        store.copyIn("COPY region_import FROM STDIN (FORMAT csv)", new StringReader(data));
    }
}
