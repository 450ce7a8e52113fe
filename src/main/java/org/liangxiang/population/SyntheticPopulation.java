package org.liangxiang.population;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.liangxiang.population.PopulationTables.Table;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates and loads a synthetic population of Henan (demo, test and benchmark data; docs/population.md). A run is
 * identified by its seed: the same seed and as-of date give the same people, byte for byte apart from the random
 * nonces inside sealed values. A run loads in one transaction (all or nothing); a seed that is already loaded is
 * refused with {@link PopulationAlreadyLoadedException}, so a repeated command cannot double the data.
 */
@Service
public class SyntheticPopulation {

    /** The seed of the demo profile's population. */
    public static final long DEMO_SEED = 20_261_129L;

    /** Ordinals, sequence numbers and phone suffixes are sized for this many people per run. */
    public static final int MAX_PEOPLE = 10_000_000;

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulation.class);

    private final Regions regions;
    private final PopulationLoader loader;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;

    SyntheticPopulation(
            Regions regions, PopulationLoader loader, JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx) {
        this.regions = regions;
        this.loader = loader;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
    }

    /** Generates and loads {@code count} people as of today (China's date). */
    public PopulationSummary generate(long seed, int count) {
        return generate(seed, count, ChinaTime.today());
    }

    /**
     * Generates and loads {@code count} people, reckoning ages, certificate expiry and status periods from {@code asOf}.
     *
     * @throws PopulationAlreadyLoadedException when a run with the seed exists
     * @throws IllegalArgumentException for a count outside 1 to {@link #MAX_PEOPLE} or an as-of date after today
     */
    public PopulationSummary generate(long seed, int count, LocalDate asOf) {
        if (count < 1 || count > MAX_PEOPLE) {
            throw new IllegalArgumentException("The count must be between 1 and " + MAX_PEOPLE + ", not " + count);
        }
        if (asOf.isAfter(ChinaTime.today())) {
            throw new IllegalArgumentException("The as-of date " + asOf + " is in the future");
        }
        List<Township> townships = Townships.under(regions, Townships.HENAN);
        long started = System.nanoTime();
        PopulationSummary loaded = tx.execute(status -> load(seed, count, asOf, townships));
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        jdbc.sql("UPDATE population_run SET duration_ms = ? WHERE seed = ?")
                .params(duration.toMillis(), seed)
                .update();
        PopulationSummary summary = withDuration(loaded, duration);
        log.info(
                "Synthetic population {} loaded: {} people, {} households, {} certificates, {} assistance statuses,"
                        + " {} bank accounts in {} ms ({} people/s)",
                seed,
                summary.people(),
                summary.households(),
                summary.certificates(),
                summary.assistanceStatuses(),
                summary.bankAccounts(),
                duration.toMillis(),
                Math.round(summary.peoplePerSecond()));
        return summary;
    }

    /** The run with the seed, if it is loaded. */
    public Optional<PopulationSummary> find(long seed) {
        return jdbc.sql("SELECT * FROM population_run WHERE seed = ?")
                .param(seed)
                .query((rs, n) -> new PopulationSummary(
                        rs.getLong("seed"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getInt("people"),
                        rs.getInt("households"),
                        rs.getInt("certificates"),
                        rs.getInt("assistance_statuses"),
                        rs.getInt("bank_accounts"),
                        rs.getInt("demo_accounts"),
                        Duration.ofMillis(rs.getLong("duration_ms"))))
                .optional();
    }

    /** Whether any run is loaded. */
    public boolean anyLoaded() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM population_run)")
                .query(Boolean.class)
                .single();
    }

    /** Deletes the run with the seed and all of its rows; false when there was none. */
    public boolean remove(long seed) {
        Boolean removed = tx.execute(status -> {
            for (Table table : PopulationTables.ALL) {
                jdbc.sql("DELETE FROM " + table.name() + " WHERE seed = ?")
                        .param(seed)
                        .update();
            }
            return jdbc.sql("DELETE FROM population_run WHERE seed = ?")
                            .param(seed)
                            .update()
                    > 0;
        });
        return Boolean.TRUE.equals(removed);
    }

    private PopulationSummary load(long seed, int count, LocalDate asOf, List<Township> townships) {
        if (find(seed).isPresent()) {
            throw new PopulationAlreadyLoadedException(seed);
        }
        try { // a concurrent load of the same seed waits for the first and then fails here
            jdbc.sql("INSERT INTO population_run (seed, as_of, requested) VALUES (?, ?, ?)")
                    .params(seed, asOf, count)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PopulationAlreadyLoadedException(seed);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long[] rows = new long[PopulationTables.ALL.size()];
            int households = 0;
            for (int i = 0; i < rows.length; i++) {
                PopulationGenerator people = new PopulationGenerator(seed, count, asOf, townships);
                rows[i] = loader.copy(connection, PopulationTables.ALL.get(i), seed, people, count);
                households = people.households();
            }
            int demoAccounts = jdbc.sql("SELECT count(*) FROM population_person WHERE seed = ? AND has_demo_account")
                    .param(seed)
                    .query(Integer.class)
                    .single();
            PopulationSummary summary = new PopulationSummary(
                    seed,
                    asOf,
                    (int) rows[0],
                    households,
                    (int) rows[1],
                    (int) rows[2],
                    (int) rows[3],
                    demoAccounts,
                    Duration.ZERO);
            jdbc.sql("""
                            UPDATE population_run SET people = ?, households = ?, certificates = ?,
                                   assistance_statuses = ?, bank_accounts = ?, demo_accounts = ?
                            WHERE seed = ?""")
                    .params(
                            summary.people(),
                            summary.households(),
                            summary.certificates(),
                            summary.assistanceStatuses(),
                            summary.bankAccounts(),
                            summary.demoAccounts(),
                            seed)
                    .update();
            return summary;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static PopulationSummary withDuration(PopulationSummary s, Duration duration) {
        return new PopulationSummary(
                s.seed(),
                s.asOf(),
                s.people(),
                s.households(),
                s.certificates(),
                s.assistanceStatuses(),
                s.bankAccounts(),
                s.demoAccounts(),
                duration);
    }
}
