package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An import and its progress: rows read so far, then what it changed (facts added, updated and ended) or the rows it
 * refused. {@code digest} is the SM3 of the file (hex), {@code sameAs} the earlier import of the same file.
 */
public record ImportJob(
        UUID id,
        ReferenceSource source,
        String region,
        ImportMode mode,
        LocalDate asOf,
        FileFormat format,
        String digest,
        ImportStatus status,
        UUID sameAs,
        long rowsRead,
        long rowsRejected,
        long added,
        long updated,
        long ended,
        List<RowError> errors,
        String requestedBy,
        Instant createdAt,
        Instant finishedAt) {}
