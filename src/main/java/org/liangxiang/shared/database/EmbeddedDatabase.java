package org.liangxiang.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The embedded PostgreSQL 17 that Liangxiang uses when no external server is configured. Its data lives in a directory
 * (by default {@code ./data/postgres}) that survives a restart. One server per directory per JVM: every Spring context
 * in a test run shares it, and it stops when the JVM exits.
 */
public final class EmbeddedDatabase {

    /** The superuser that initdb creates; it owns the schema and runs the migrations. */
    public static final String OWNER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final ConcurrentMap<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server for the directory, or returns the one this JVM already started there; durable. */
    public static EmbeddedDatabase start(String dataDirectory, int port, boolean clean) {
        return start(dataDirectory, port, clean, null, true);
    }

    /**
     * As {@link #start(String, int, boolean)}, with PostgreSQL's {@code shared_buffers} (e.g. "1GB"; null or blank: a
     * quarter of the machine's memory, {@link #defaultSharedBuffers}), a setting of the server's start, and whether
     * commits are durable ({@code fsync} and {@code synchronous_commit} on; off only for throw-away databases such as
     * the tests').
     */
    public static EmbeddedDatabase start(
            String dataDirectory, int port, boolean clean, String sharedBuffers, boolean durable) {
        Path dir = Path.of(dataDirectory).toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dir, d -> launch(d, port, clean, sharedBuffers, durable));
    }

    private static EmbeddedDatabase launch(Path dir, int port, boolean clean, String sharedBuffers, boolean durable) {
        try {
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    // our own handler stops it after the Spring contexts close; its own hook would race them
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    // bulk loads (population, reference data) would otherwise checkpoint every few seconds
                    .setServerConfig("max_wal_size", "2GB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (durable) {
                // the embedding library starts the server with fsync and synchronous commit off (fast for throw-away
                // test databases): a committed act could be lost, or the data directory damaged, by a power cut or a
                // crash of the machine. These settings come after its own on the server's command line and win.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            String buffers = sharedBuffers != null && !sharedBuffers.isBlank()
                    ? sharedBuffers.strip()
                    : defaultSharedBuffers(machineMemory());
            builder.setServerConfig("shared_buffers", buffers);
            EmbeddedPostgres postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} with its data in {} (shared_buffers {})",
                    postgres.getPort(),
                    dir,
                    buffers);
            EmbeddedDatabase db = new EmbeddedDatabase(postgres);
            // after every Spring context has closed (so no bean still needs a connection), not in a hook of its own
            SpringApplication.getShutdownHandlers().add(db::stop);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * The {@code shared_buffers} of a server started without one: a quarter of the machine's memory, the PostgreSQL
     * manual's starting point for a dedicated server with 1 GB or more, between PostgreSQL's own 128 MB and 8 GB (in
     * megabytes). PostgreSQL's 128 MB is sized for the smallest machines: with a database of a million applications
     * (13 GB), whose acts touch scattered pages of a dozen tables (the draft's row, its indexes' leaves, the case's),
     * a submission's PostgreSQL CPU was 3.1 times a one-row insert's with it and 2.9 times with 4-6 GB, and the
     * submission benchmark's ratio 0.453-0.461 against 0.490-0.522 (docs/performance.md, run 27).
     */
    static String defaultSharedBuffers(long machineBytes) {
        long quarter = machineBytes / 4 / (1024 * 1024);
        return Math.max(128, Math.min(8 * 1024, quarter)) + "MB";
    }

    /** The machine's (or the container's) memory in bytes, 0 when the JVM cannot tell. */
    static long machineMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize()
                : 0;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server of the directory (tests of persistence across restarts use this). */
    public static void stop(String dataDirectory) {
        EmbeddedDatabase db =
                RUNNING.remove(Path.of(dataDirectory).toAbsolutePath().normalize());
        if (db != null) {
            db.stop();
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
