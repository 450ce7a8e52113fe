package org.liangxiang.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import engine for every reference source (docs/eligibility.md, "Imports"). A file is copied in while its SM3
 * digest is computed; the same file for the same source and region is applied once (a repeat changes nothing). Rows
 * are read one at a time, validated and staged in batches with progress; any bad row rejects the whole file (every bad
 * row is reported with its line and reason); a valid file is applied set-based in one transaction, audited with the
 * file's digest and announced with {@link ReferenceDataImported}. {@link #submit} runs in the background and answers
 * at once; the exchange issue feeds the same engine.
 */
@Service
public class ReferenceImports {

    static final int BATCH = 2000;
    static final int MAX_ERRORS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ReferenceImports.class);

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ImportApplier applier;
    private final Regions regions;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ImportWorkers workers;

    ReferenceImports(
            ImportJobs jobs,
            ImportStaging staging,
            ImportApplier applier,
            Regions regions,
            PersonalData personalData,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            ImportWorkers workers) {
        this.jobs = jobs;
        this.staging = staging;
        this.applier = applier;
        this.regions = regions;
        this.personalData = personalData;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.workers = workers;
    }

    /** Takes the file and runs the import in the background; the job's progress is readable with {@link #find}. */
    public ImportJob submit(ImportRequest request, InputStream file, String actor) throws IOException {
        regions.get(request.region().value());
        ReceivedFile received = ReceivedFile.copy(file);
        Optional<ImportJob> repeat = repeat(request, received, actor);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, request, received.digest(), ImportStatus.QUEUED, null, actor);
        workers.execute(() -> run(id, request, received, actor));
        return find(id).orElseThrow();
    }

    /** Runs the import here and now (tests, the exchange feed, a command); returns the finished job. */
    public ImportJob runNow(ImportRequest request, InputStream file, String actor) throws IOException {
        regions.get(request.region().value());
        ReceivedFile received = ReceivedFile.copy(file);
        Optional<ImportJob> repeat = repeat(request, received, actor);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, request, received.digest(), ImportStatus.QUEUED, null, actor);
        run(id, request, received, actor);
        return find(id).orElseThrow();
    }

    public Optional<ImportJob> find(UUID id) {
        return jobs.find(id);
    }

    /** The latest imports for regions within the jurisdiction, newest first. */
    public List<ImportJob> recent(String jurisdiction, int limit) {
        return jobs.recent(jurisdiction, Math.max(1, Math.min(limit, 200)));
    }

    private Optional<ImportJob> repeat(ImportRequest request, ReceivedFile received, String actor) {
        Optional<UUID> earlier = jobs.appliedWithDigest(request, received.digest());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        received.delete();
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            jobs.insert(id, request, received.digest(), ImportStatus.UNCHANGED, earlier.get(), actor);
            audit.recordBulk(
                    entry("REFERENCE_IMPORT_UNCHANGED", id, request, actor)
                            .withReason("same file as import " + earlier.get()),
                    0,
                    received.digest());
        });
        return find(id);
    }

    private void run(UUID id, ImportRequest request, ReceivedFile file, String actor) {
        try {
            List<RowError> errors = read(id, request, file);
            long rejected = errors.size();
            if (errors.isEmpty()) {
                errors = applier.duplicates(id, request.mode(), MAX_ERRORS);
            }
            if (errors.isEmpty()) {
                apply(id, request, file, actor);
            } else {
                reject(id, request, file, actor, errors, Math.max(rejected, errors.size()));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Reference import {} failed: {}", id, e.getClass().getSimpleName());
            staging.clear(id);
            tx.executeWithoutResult(s -> {
                jobs.finish(
                        id,
                        ImportStatus.FAILED,
                        0,
                        List.of(new RowError(
                                0,
                                "file",
                                "IMPORT_UNREADABLE",
                                "文件无法读取或处理失败，未导入任何数据",
                                "The file could not be read or processed; nothing was imported")));
                audit.recordBulk(entry("REFERENCE_IMPORT_FAILED", id, request, actor), 0, file.digest());
            });
        } finally {
            file.delete();
        }
    }

    /** Reads, validates and stages every row; returns the first errors (all bad rows are counted in the job). */
    private List<RowError> read(UUID id, ImportRequest request, ReceivedFile file) throws IOException {
        RowParser parser = new RowParser(request, regions, personalData);
        List<RowError> errors = new ArrayList<>();
        List<StagedRow> batch = new ArrayList<>(BATCH);
        long[] counts = {0, 0};
        boolean[] headerChecked = {false};
        jobs.progress(id, ImportStatus.READING, 0, 0);
        TableReader.of(request.format()).read(file.path(), (line, values) -> {
            if (!headerChecked[0]) {
                headerChecked[0] = true;
                List<RowError> missing = parser.checkHeader(new HashSet<>(values.keySet()));
                errors.addAll(missing);
            }
            counts[0]++;
            List<RowError> found = new ArrayList<>();
            parser.parse(line, values, found).ifPresent(batch::add);
            if (!found.isEmpty()) {
                counts[1]++;
                found.stream().limit(Math.max(0, MAX_ERRORS - errors.size())).forEach(errors::add);
            }
            if (batch.size() == BATCH) {
                flush(id, batch, errors, counts);
            }
        });
        flush(id, batch, errors, counts);
        if (counts[0] == 0 && errors.isEmpty()) {
            errors.add(new RowError(1, "file", "IMPORT_EMPTY", "文件没有数据行", "The file has no rows"));
        }
        return errors;
    }

    private void flush(UUID id, List<StagedRow> batch, List<RowError> errors, long[] counts) {
        if (errors.isEmpty() && !batch.isEmpty()) {
            staging.write(id, batch);
        }
        batch.clear();
        jobs.progress(id, ImportStatus.READING, counts[0], counts[1]);
    }

    private void apply(UUID id, ImportRequest request, ReceivedFile file, String actor) {
        jobs.progress(id, ImportStatus.APPLYING, jobs.find(id).orElseThrow().rowsRead(), 0);
        tx.executeWithoutResult(s -> {
            ImportApplier.Counts counts = applier.apply(id, request);
            jobs.applied(id, counts.added(), counts.updated(), counts.ended());
            staging.clear(id);
            audit.recordBulk(
                    entry("REFERENCE_DATA_IMPORTED", id, request, actor)
                            .withChange(
                                    null,
                                    "{\"added\":%d,\"updated\":%d,\"ended\":%d}"
                                            .formatted(counts.added(), counts.updated(), counts.ended())),
                    counts.added() + counts.updated() + counts.ended(),
                    file.digest());
            events.publishEvent(new ReferenceDataImported(
                    EventEnvelope.of(actor, "SYSTEM"),
                    id,
                    request.source(),
                    request.region().value(),
                    request.mode(),
                    counts.added(),
                    counts.updated(),
                    counts.ended()));
        });
    }

    private void reject(
            UUID id, ImportRequest request, ReceivedFile file, String actor, List<RowError> errors, long rejected) {
        staging.clear(id);
        tx.executeWithoutResult(s -> {
            jobs.finish(id, ImportStatus.REJECTED, rejected, errors);
            audit.recordBulk(
                    entry("REFERENCE_IMPORT_REJECTED", id, request, actor).withReason(rejected + " bad rows"),
                    0,
                    file.digest());
        });
    }

    private static AuditEntry entry(String type, UUID id, ImportRequest request, String actor) {
        return AuditEntry.of(type, actor)
                .withObject("REFERENCE_IMPORT", id.toString())
                .withChange(
                        null,
                        request.source() + " " + request.region() + " " + request.mode()
                                + (request.asOf() == null ? "" : " " + request.asOf()));
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
