package org.liangxiang.population;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.liangxiang.population.PopulationTables.Table;
import org.liangxiang.shared.crypto.PersonalData;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Streams generated people into one table with COPY (binary format): the calling thread generates chunks of people and
 * writes finished chunks to the server in order, while a small pool seals and encodes the next chunks in parallel.
 * Memory stays bounded: at most {@code 2 x threads} chunks are in flight.
 */
@Component
class PopulationLoader {

    static final int CHUNK = 1_000;

    private static final Logger log = LoggerFactory.getLogger(PopulationLoader.class);

    private final PersonalData personalData;
    private final int threads;

    PopulationLoader(PersonalData personalData, @Value("${liangxiang.population.sealing-threads:0}") int threads) {
        this.personalData = personalData;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Writes the rows one item contributes into a COPY buffer. */
    @FunctionalInterface
    interface Encoder<T> {
        void write(T item, BinaryCopy out);
    }

    /** Copies the rows of every person into the table on the connection (inside the caller's transaction). */
    long copy(Connection connection, Table table, long seed, Iterator<SyntheticPerson> people, int expected) {
        return copy(
                connection,
                table.name(),
                table.copySql(),
                people,
                expected,
                (person, out) -> table.rows().write(person, seed, personalData, out));
    }

    /**
     * Copies the rows of every item into a table with the binary COPY statement, on the connection (inside the caller's
     * transaction); the encoder runs on the sealing pool, chunks are written in order. Answers the rows copied.
     */
    <T> long copy(
            Connection connection, String name, String copySql, Iterator<T> items, int expected, Encoder<T> encoder) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads(name));
        CopyIn copy = null;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            copy.writeToCopy(BinaryCopy.HEADER, 0, BinaryCopy.HEADER.length);
            ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
            int generated = 0;
            int nextReport = expected / 10;
            while (items.hasNext()) {
                List<T> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && items.hasNext()) {
                    chunk.add(items.next());
                }
                generated += chunk.size();
                inFlight.add(pool.submit(() -> encode(chunk, encoder)));
                if (inFlight.size() >= 2 * threads) {
                    write(copy, inFlight.poll());
                }
                if (expected >= 100_000 && generated >= nextReport) {
                    log.info("{}: {} of {}", name, generated, expected);
                    nextReport += expected / 10;
                }
            }
            while (!inFlight.isEmpty()) {
                write(copy, inFlight.poll());
            }
            copy.writeToCopy(BinaryCopy.TRAILER, 0, BinaryCopy.TRAILER.length);
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + name + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            cancelIfActive(copy);
        }
    }

    private static <T> byte[] encode(List<T> chunk, Encoder<T> encoder) {
        BinaryCopy out = new BinaryCopy(chunk.size() * 400);
        for (T item : chunk) {
            encoder.write(item, out);
        }
        return out.toByteArray();
    }

    private static void write(CopyIn copy, Future<byte[]> encoded) throws SQLException {
        byte[] bytes;
        try {
            bytes = encoded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the population", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        if (bytes.length > 0) {
            copy.writeToCopy(bytes, 0, bytes.length);
        }
    }

    private static void cancelIfActive(CopyIn copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                log.debug("Cancelling the COPY failed", e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory namedThreads(String table) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "population-" + table.replace("population_", "") + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
