package org.liangxiang.population;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.Policies;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.crypto.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads synthetic applications with their review cases for the certificate holders of a loaded population run (demo
 * and benchmark data; docs/population.md): written straight into intake's and review's tables with COPY, personal data
 * sealed as intake seals it, so both modules read and act on them like on their own. One transaction; a run's
 * applications load once (marked {@code created_by = 'population:<seed>'}); a second load for the seed is refused.
 */
@Service
public class SyntheticApplications {

    /** More applications than this per run are refused. */
    public static final int MAX_APPLICATIONS = 10_000_000;

    private static final Logger log = LoggerFactory.getLogger(SyntheticApplications.class);

    private final SyntheticPopulation population;
    private final PopulationLoader loader;
    private final Regions regions;
    private final Policies policies;
    private final WorkingDays workingDays;
    private final PersonalData personalData;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;
    private final TransactionTemplate tx;

    SyntheticApplications(
            SyntheticPopulation population,
            PopulationLoader loader,
            Regions regions,
            Policies policies,
            WorkingDays workingDays,
            PersonalData personalData,
            JsonMapper json,
            JdbcClient jdbc,
            javax.sql.DataSource dataSource,
            TransactionTemplate tx) {
        this.population = population;
        this.loader = loader;
        this.regions = regions;
        this.policies = policies;
        this.workingDays = workingDays;
        this.personalData = personalData;
        this.json = json;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
    }

    /** The marker of the run's applications in {@code intake_application.created_by}. */
    public static String createdBy(long seed) {
        return "population:" + seed;
    }

    /** Whether applications were loaded for the run. */
    public boolean loaded(long seed) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake_application WHERE created_by = ?)")
                .param(createdBy(seed))
                .query(Boolean.class)
                .single();
    }

    /**
     * Loads {@code count} applications for the certificate holders of the run with the seed.
     *
     * @throws IllegalStateException when the run is not loaded, or its applications are
     * @throws IllegalArgumentException for a count outside 1 to {@link #MAX_APPLICATIONS}
     */
    public ApplicationLoadSummary load(long seed, int count) {
        if (count < 1 || count > MAX_APPLICATIONS) {
            throw new IllegalArgumentException(
                    "The count must be between 1 and " + MAX_APPLICATIONS + ", not " + count);
        }
        PopulationSummary run = population
                .find(seed)
                .orElseThrow(() -> new IllegalStateException("No population with seed " + seed + " is loaded"));
        if (loaded(seed)) {
            throw new IllegalStateException("Applications for the population with seed " + seed + " are loaded");
        }
        long started = System.nanoTime();
        List<Township> townships = Townships.under(regions, Townships.HENAN);
        List<Applicant> applicants = applicants(run, townships);
        TownshipFacts facts = new TownshipFacts(policies, regions, json, run.asOf());
        townships.forEach(t -> facts.of(t.code())); // before the COPY holds the connection
        workingDays.plus(run.asOf(), 1);
        String items = json.writeValueAsString(
                List.of(new CorrectionItem(CorrectionItem.Kind.MATERIAL, "DISABILITY_CERTIFICATE")));
        long firstNumber = reserveNumbers(count);
        log.info(
                "population.applications: {} applications for {} certificate holders of run {}",
                count,
                applicants.size(),
                seed);
        long[] rows = tx.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                List<ApplicationTables.Table> tables = ApplicationTables.all(personalData, createdBy(seed));
                long[] copied = new long[tables.size()];
                for (int i = 0; i < tables.size(); i++) {
                    ApplicationTables.Table table = tables.get(i);
                    ApplicationGenerator generated = new ApplicationGenerator(
                            seed, count, firstNumber, run.asOf(), applicants, townships, facts, workingDays, items);
                    long began = System.nanoTime();
                    copied[i] = loader.copy(connection, table.name(), table.copySql(), generated, count, table.rows());
                    log.info("{}: {} rows in {} ms", table.name(), copied[i], (System.nanoTime() - began) / 1_000_000);
                }
                return copied;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        long open = jdbc.sql("SELECT count(*) FROM review_case c JOIN intake_application a ON a.id = c.application_id"
                        + " WHERE a.created_by = ? AND c.closed_at IS NULL")
                .param(createdBy(seed))
                .query(Long.class)
                .single();
        long total = 0;
        for (long r : rows) {
            total += r;
        }
        return new ApplicationLoadSummary(
                seed,
                run.asOf(),
                applicants.size(),
                rows[1],
                open,
                total,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<Applicant> applicants(PopulationSummary run, List<Township> townships) {
        List<Applicant> holders = new ArrayList<>();
        PopulationGenerator people = new PopulationGenerator(run.seed(), run.people(), run.asOf(), townships);
        while (people.hasNext()) {
            SyntheticPerson p = people.next();
            if (p.certificate() != null) {
                holders.add(Applicant.of(p, run.asOf()));
            }
        }
        return holders;
    }

    /** Takes a block of the running numbers of intake's application numbers, so that later submissions go on after it. */
    private long reserveNumbers(int count) {
        long first = jdbc.sql("SELECT nextval('intake_application_number_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("SELECT setval('intake_application_number_seq', ?)")
                .param(first + count - 1)
                .query(Long.class)
                .single();
        return first;
    }
}
