package org.liangxiang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liangxiang.AsOwner;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.population.ApplicationLoadSummary;
import org.liangxiang.population.PopulationSummary;
import org.liangxiang.population.SyntheticApplications;
import org.liangxiang.population.SyntheticPopulation;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.SubsidyDecision;
import org.liangxiang.review.Worklist;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.TimeOrderedIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmarks of docs/performance.md, in one run on one database (target/bench-pg, kept between runs): loads the
 * synthetic population and its applications when they are not there yet, then measures the township worklist's p95,
 * submissions per second through the API against a bare endpoint, and full reviews per second through the services
 * against a plain-JDBC floor. Prints the figures and writes them to target/benchmark-results.md; asserts only that the
 * work succeeded, never a timing. Tagged "benchmark": only {@code ./mvnw -B verify -Pbenchmark} runs it.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "liangxiang.db.embedded.data-dir=${bench.data-dir:./target/bench-pg}",
            "liangxiang.db.embedded.clean=false",
            "liangxiang.db.embedded.shared-buffers=${bench.shared-buffers:}",
            "liangxiang.storage.directory=./target/bench-files",
            "liangxiang.population.demo-size=0",
            // sealed every few seconds, so that each measurement's audit rows are sealed near it (auditSealed())
            "liangxiang.audit.seal-interval=5s",
            // queued SMS sent every second (every 30 s by default), so that a window's SMS go out with its other
            // background work (backgroundDone()), not in whichever later window the job happens to run
            "liangxiang.notification.sms-cron=* * * * * *",
            "spring.thymeleaf.cache=true",
            // the name index back-fill runs to completion before anything is measured (nameIndex()), never during
            "liangxiang.intake.name-index-backfill-delay=P3650D"
        })
@ActiveProfiles({"demo", "benchmark"})
class PerformanceBenchmark {

    static final long SEED = 1L;
    /** The floor's acting staff member (a random one per audit row before run 16). */
    static final String FLOOR_ACTOR = UUID.randomUUID().toString();

    static final String TOWNSHIP = "410102001"; // 郑州 中原区 林山寨街道
    static final String COUNTY = "410102";
    static final String PASSWORD = "a-long-benchmark-password-1";
    /**
     * Unmeasured full reviews per thread before the measurements, and ten times as many floor cases. 500 since run 15:
     * after 100 the acts' code was still running mostly as the JIT's first, profiling tier (the C2 compiler busy
     * through the window; the acting threads' CPU a review 2.2 ms after 100, 1.6 after 500). 1,000 since run 17: after
     * 500, JFR's compilation events showed the acts' own code (the case's save, the driver's SQL parser) compiled by C2
     * inside the window (0.7-1.0 core-seconds of C2 there; 0.66 after 1,000, and the full reviews' rate steadier).
     */
    /**
     * Full reviews a thread before the floor's and the reviews' windows (since run 19: 2,000; 1,000 before). HotSpot
     * compiles a method with C2 after about 5,000 calls at the profiling tier ({@code Tier4InvocationThreshold}); a
     * method called once a case (the decision's {@code Reviews.approve}, the rules of the evidence reports) reached it
     * only inside the window after 4,000 warm-up reviews (JFR, run 19).
     */
    static final int WARM_UP_REVIEWS = Integer.getInteger("bench.reviews.warm-up", 2000);
    /** Floor cases a thread before the floor's window (10,000: ten times the reviews' warm-up before run 19). */
    static final int WARM_UP_FLOOR = Integer.getInteger("bench.floor.warm-up", 10_000);
    /**
     * Full reviews (and floor cases) a thread run again right before every window of theirs, unmeasured, the compiler
     * settled after them (since run 20): the windows came after the notices' drain (minutes of rendering PDF documents)
     * or the other side's window, and C2 recompiled shared code in the full-review window (0.6 core-seconds in run 20's
     * rv3, 5 % of the window). The full reviews' notices, inbox rows and evidence reports are then done before the
     * compiler is settled (since run 21): in run 20's rv4 the re-warm's notices were still owed when the window began,
     * and the renderer took 0.89 core-seconds of the first window (0.71 in rv3, whose window followed a drain).
     */
    static final int REWARM = Integer.getInteger("bench.rewarm", 100);

    /** Every warm-up is run in this many phases, the JIT compiler settled after each ({@link #warmUp}). */
    static final int WARM_UP_PHASES = Integer.getInteger("bench.warm-up.phases", 4);

    /**
     * How many times each pair of windows (bare endpoint and submissions; floor and full reviews) is measured: the
     * references themselves vary by up to a fifth between runs on a quiet machine (run 14), so the ratio of one pair
     * wobbles with them; the first round prints every detail, the others their rates, and the median ratio is reported.
     */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @LocalServerPort
    int port;

    @Autowired
    SyntheticPopulation population;

    @Autowired
    SyntheticApplications applications;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment env;

    @Autowired
    org.springframework.context.ApplicationContext context;

    final StringBuilder report = new StringBuilder();

    /** pg_stat_statements around the measured windows, when asked for ({@code -Dbench.statements=true}). */
    StatementStatistics statements;

    /** Whether {@code -Dbench.only} (comma-separated: worklist, submission, review; all when absent) names the part. */
    private static boolean runs(String part) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(part);
    }

    @Test
    void run() throws Exception {
        line("# Benchmark run " + java.time.OffsetDateTime.now());
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + "; JVM heap max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        load(Integer.getInteger("bench.people", 1_000_000), Integer.getInteger("bench.applications", 1_000_000));
        nameIndex();
        prepareTables();
        statements = StatementStatistics.prepare(Boolean.getBoolean("bench.statements"), env, this::line);
        if (runs("worklist")) {
            worklist(Integer.getInteger("bench.worklist.queries", 1_000));
        }
        if (runs("submission")) {
            submissions(
                    Integer.getInteger("bench.clients", 32), Integer.getInteger("bench.submissions.per-client", 50));
        }
        if (runs("review")) {
            reviews(
                    Integer.getInteger("bench.review.threads", 4),
                    Integer.getInteger("bench.reviews.per-thread", 400),
                    Integer.getInteger("bench.floor.per-thread", 2_000));
        }
        line("load average at the end: " + loadAverage());
        Files.writeString(Path.of("target/benchmark-results.md"), report);
        System.out.println(report);
    }

    // 1. The data

    private void load(int people, int count) {
        line("load average at the start: " + loadAverage());
        if (population.find(SEED).isEmpty()) {
            PopulationSummary s = population.generate(SEED, people);
            line("population: %d people loaded in %.1f s (%.0f people/s)"
                    .formatted(s.people(), seconds(s.duration()), s.peoplePerSecond()));
        } else {
            line("population: seed %d already loaded (%d people)"
                    .formatted(SEED, population.find(SEED).orElseThrow().people()));
        }
        if (!applications.loaded(SEED)) {
            ApplicationLoadSummary s = applications.load(SEED, count);
            line("applications: %d applications (%d open) for %d certificate holders, %d rows, loaded in %.1f s"
                            .formatted(s.applications(), s.open(), s.applicants(), s.rows(), seconds(s.duration()))
                    + " (%.0f applications/s); load average after: %s"
                            .formatted(s.applicationsPerSecond(), loadAverage()));
        }
        line("database: %d applications, %d cases (%d open)"
                .formatted(
                        jdbc.sql("SELECT count(*) FROM intake_application")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT count(*) FROM review_case")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT count(*) FROM review_case WHERE closed_at IS NULL")
                                .query(Long.class)
                                .single()));
        line("database server: shared_buffers %s, size %s"
                .formatted(
                        jdbc.sql("SELECT current_setting('shared_buffers')")
                                .query(String.class)
                                .single(),
                        jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
                                .query(String.class)
                                .single()));
    }

    /** Intake's full-name index back-fill over the loaded rows that predate it, to completion, timed. */
    private void nameIndex() {
        long missing = jdbc.sql("SELECT count(*) FROM intake_application WHERE full_name_index IS NULL")
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        int filled = org.liangxiang.intake.NameIndexBackfills.fillAll(context);
        line("name index back-fill before measuring: %d applications without it, %d filled in %.1f s"
                .formatted(missing, filled, (System.nanoTime() - started) / 1e9));
    }

    /** The reference tables of the bare endpoint and the floor, and fresh planner statistics (as the owner). */
    private void prepareTables() throws Exception {
        String runtime = env.getRequiredProperty("spring.datasource.username");
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS benchmark_bare (id UUID PRIMARY KEY, account_id UUID NOT NULL,"
                    + " created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            s.execute(
                    "CREATE TABLE IF NOT EXISTS benchmark_case (id UUID PRIMARY KEY, state TEXT NOT NULL,"
                            + " due_date DATE, version BIGINT NOT NULL DEFAULT 0, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            s.execute("GRANT SELECT, INSERT, UPDATE ON benchmark_bare, benchmark_case TO " + runtime);
            // the floor's own table is vacuumed by the runner before each floor window (floorTableVacuumed()), never
            // by an autovacuum worker in the middle of one (run 16: up to 1.4 of 9 core-seconds of a floor window)
            s.execute("ALTER TABLE benchmark_case SET (autovacuum_enabled = false)");
            long started = System.nanoTime();
            s.execute("VACUUM ANALYZE");
            line("VACUUM ANALYZE of the database: %.1f s".formatted((System.nanoTime() - started) / 1e9));
        }
    }

    // 2. The township worklist

    private void worklist(int queries) {
        line("");
        line("## Township worklist (load average " + loadAverage() + ")");
        List<Map<String, Object>> lists = jdbc.sql("""
                        SELECT owner_township, worklist, count(*) AS cases FROM review_case
                         WHERE closed_at IS NULL AND office = 'TOWNSHIP' GROUP BY 1, 2""").query().listOfRows();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100; i++) { // warm-up
            page(lists.get(random.nextInt(lists.size())));
        }
        long[] nanos = new long[queries];
        long items = 0;
        for (int i = 0; i < queries; i++) {
            Map<String, Object> list = lists.get(random.nextInt(lists.size()));
            long began = System.nanoTime();
            items += page(list);
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        line("worklist page (20 open cases by due date, Worklists.page as a township clerk), %d queries over %d"
                        .formatted(queries, lists.size())
                + " (township, list) pairs, %.1f cases a page: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms"
                        .formatted(
                                (double) items / queries,
                                ms(nanos[queries / 2]),
                                ms(nanos[(int) (queries * 0.95)]),
                                ms(nanos[(int) (queries * 0.99)]),
                                ms(nanos[queries - 1])));
        Map<String, Object> busiest = lists.stream()
                .max((a, b) ->
                        Long.compare(((Number) a.get("cases")).longValue(), ((Number) b.get("cases")).longValue()))
                .orElseThrow();
        line("EXPLAIN ANALYZE of the busiest list (" + busiest.get("owner_township") + ", " + busiest.get("worklist")
                + ", " + busiest.get("cases") + " cases):");
        line("```");
        // the query of Worklists.page for an open list (review.Worklists.pageQuery(false)), one township office
        String where = "c.closed_at IS NULL AND c.worklist = :worklist AND c.office IN ('TOWNSHIP') AND "
                + org.liangxiang.region.Regions.withinSubtree("c.owner_township", "jurisdiction");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) WITH page AS (SELECT c.application_id, c.due_date FROM review_case c"
                        + " WHERE " + where + " ORDER BY c.due_date, c.application_id LIMIT 20 OFFSET 0)"
                        + " SELECT c.*, c.chain -> c.step_position ->> 'step' AS step_name,"
                        + " (SELECT count(*) FROM review_case c WHERE " + where + ") AS total"
                        + " FROM page p JOIN review_case c ON c.application_id = p.application_id"
                        + " ORDER BY p.due_date, p.application_id")
                .param("worklist", busiest.get("worklist"))
                .param("jurisdiction", busiest.get("owner_township"))
                .query(String.class)
                .list()
                .forEach(this::line);
        line("```");
    }

    private int page(Map<String, Object> list) {
        Reviewer clerk = new Reviewer(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK, (String) list.get("owner_township"));
        return worklists
                .page(clerk, Worklist.valueOf((String) list.get("worklist")), 0, 20)
                .items()
                .size();
    }

    // 3. Submissions through the API against the bare endpoint

    private void submissions(int clients, int perClient) throws Exception {
        line("");
        line("## Submissions through the API, %d clients (load average %s)".formatted(clients, loadAverage()));
        // warm-up submissions a client, so that they are not measured while the JIT compiles their own path (2 before
        // run 11, 10 before run 13: C2 compiled through the whole submission window; 30 before run 19, 960 in all: the
        // methods a submission calls once had not reached C2's threshold of about 5,000 calls, while the bare
        // endpoint's 9,600 warm-up calls had its own code compiled by C2; 200 before run 23, 6,400 in all: C2 still
        // compiled the submission's path in every window, 0.6-0.8 of its 3.5 core-seconds, the methods it compiled
        // there named by JFR's compilation events; with 600, 0.5-0.7 in the first two rounds and 0.1-0.2 after)
        int warmUp = Integer.getInteger("bench.submissions.warm-up", 900);
        // pairs of windows (bare endpoint, submissions) run unmeasured after both warm-ups (since run 23): with the
        // warm-ups alone, C2 still recompiled the shared path in the first two rounds' bare windows (0.4-0.7 of their
        // 1.7 core-seconds), after the submissions' warm-up had changed its profile; later rounds ran at 0.1
        int settling = Integer.getInteger("bench.submissions.settling-rounds", 2);
        List<BenchmarkClient> signedIn = new ArrayList<>();
        List<List<ApplicationId>> prepared = new ArrayList<>();
        BenchmarkDrafts maker = new BenchmarkDrafts(drafts, materials, required, jdbc);
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            String mobile;
            UUID account = null;
            do { // a random number may be registered already (an earlier run's, the population's): draw another
                mobile = "1390" + String.format("%07d", new SplittableRandom().nextInt(10_000_000));
                try {
                    account = applicants.register(mobile, PASSWORD);
                } catch (org.liangxiang.shared.InvalidValueException taken) {
                    line("mobile number %s taken, drawing another (%s)".formatted(mobile, taken.getMessage()));
                }
            } while (account == null);
            signedIn.add(new BenchmarkClient(port, mobile, PASSWORD));
            prepared.add(maker.prepare(Actor.applicant(account), TOWNSHIP, perClient * (ROUNDS + settling) + warmUp));
        }
        line("prepared %d drafts with their materials in %.1f s"
                .formatted(clients * (perClient * (ROUNDS + settling) + warmUp), (System.nanoTime() - began) / 1e9));
        // each measured right after its own warm-up from run 13 to run 22 (the bare endpoint's was measured after the
        // submissions' warm-up until run 13); since run 23 both warm-ups and the settling rounds come first
        // The bare endpoint's warm-up is long (it costs no draft): the path both share (the HTTP client and server,
        // the security chain, the session, MVC's mapping, the transaction manager) calls its methods a few times a
        // request, and C2 compiles them only after thousands of calls; with 10 or 30 warm-up calls a client they were
        // compiled in the submission window (run 13: 0.6-2.3 CPU seconds of C2 in a 4 s window). As many as the
        // submissions' since run 23.
        int bareWarmUp = Integer.getInteger("bench.bare.warm-up", warmUp);
        // notices owed from before (an interrupted review run's) issued first, as before the floor
        line("notices owed from before the submission benchmark issued in %.1f s".formatted(noticesIssued()));
        warmUp(
                "the bare endpoint's warm-up",
                clients,
                bareWarmUp,
                (w, i) -> signedIn.get(w).post(BareEndpoint.PATH) == 200);
        warmUp("the submissions' warm-up", clients, warmUp, (w, i) -> submit(signedIn, prepared, w, perClient + i));
        backgroundDone(java.time.Instant.now().minusSeconds(3600)); // the warm-up's background work done first
        compilerSettled("the submissions' background work");
        for (int round = 0; round < settling; round++) {
            int from = perClient * ROUNDS + warmUp + round * perClient;
            quietBeforeBare();
            Concurrently.Result b = Concurrently.run(
                    clients, perClient, (w, i) -> signedIn.get(w).post(BareEndpoint.PATH) == 200);
            checkpointed("submission");
            Concurrently.Result s =
                    Concurrently.run(clients, perClient, (w, i) -> submit(signedIn, prepared, w, from + i));
            backgroundDone(java.time.Instant.now().minusSeconds(3600));
            compilerSettled("settling round " + (round + 1));
            roundLine("settling round %d (not counted)".formatted(round + 1), b, s);
        }
        quietBeforeBare(); // the drafts' preparation sealed, an earlier run's SMS sent
        String load = loadAverage();
        line("submissions measured from " + java.time.Instant.now());
        CpuTime bareFrom = cpu();
        CpuShares.Snapshot bareShares = shares().take();
        double compilingFrom = CpuShares.compilerSeconds();
        Concurrently.Result bare =
                Concurrently.run(clients, perClient, (w, i) -> signedIn.get(w).post(BareEndpoint.PATH) == 200);
        CpuTime bareCpu = cpu().since(bareFrom);
        double bareCompiling = CpuShares.compilerSeconds() - compilingFrom;
        String bareNative = shares().nativeSince(bareShares);
        String bareFamilies = shares().since(bareShares, bare);
        checkpointed("submission");
        statements.reset();
        line("bare endpoint window from " + bareFrom.at()); // each window's times, to read a profile or log by
        line("submission window from " + java.time.Instant.now());
        CpuTime submittedFrom = cpu();
        CpuShares.Snapshot submittedShares = shares().take();
        compilingFrom = CpuShares.compilerSeconds();
        Concurrently.Result submitted =
                Concurrently.run(clients, perClient, (w, i) -> submit(signedIn, prepared, w, i));
        CpuTime submittedCpu = cpu().since(submittedFrom);
        double submittedCompiling = CpuShares.compilerSeconds() - compilingFrom;
        String submittedNative = shares().nativeSince(submittedShares);
        String submittedFamilies = shares().since(submittedShares, submitted);
        line("submission window to " + java.time.Instant.now());
        statements.top("the submission window");
        double lag = backgroundDone(submittedFrom.at());
        CpuTime drainedCpu = cpu().since(submittedFrom);
        line("bare endpoint: " + bareCpu.per(bare.succeeded()));
        line("submission, in the window: " + submittedCpu.per(submitted.succeeded()));
        line("submission, until its background work was done (%.1f s after the window): %s"
                .formatted(lag, drainedCpu.per(submitted.succeeded())));
        line("JIT compiler (wall seconds) in the windows: bare %.2f, submission %.2f"
                .formatted(bareCompiling, submittedCompiling));
        line("the JVM's own threads' CPU seconds in the windows: bare %s submission %s"
                .formatted(bareNative, submittedNative));
        // the thread families of each window (since run 21): the clients, the server's request threads, the jobs
        line("  bare endpoint's " + bareFamilies);
        line("  submissions' " + submittedFamilies);
        line("CPU ratio (bare's CPU per operation / the submission's, background included): %.2f"
                .formatted((bareCpu.jvm() + bareCpu.postgres())
                        / bare.succeeded()
                        / ((drainedCpu.jvm() + drainedCpu.postgres()) / submitted.succeeded())));
        line("bare endpoint (one JdbcClient insert, same chain and session): %s".formatted(describe(bare)));
        line("submission (POST /api/applications/{id}/submission, Idempotency-Key): %s".formatted(describe(submitted)));
        line("submission ratio: %.3f of the bare endpoint's rate (aim >= 0.5); load average before: %s"
                .formatted(submitted.perSecond() / bare.perSecond(), load));
        assertThat(submitted.failed()).isZero();
        assertThat(bare.failed()).isZero();
        List<Double> ratios = new ArrayList<>(List.of(submitted.perSecond() / bare.perSecond()));
        for (int round = 1; round < ROUNDS; round++) {
            int first = perClient + warmUp + (round - 1) * perClient;
            quietBeforeBare(); // the last round's submissions' background work done before this bare window
            CpuTime roundBareFrom = cpu();
            CpuShares.Snapshot roundBareShares = shares().take();
            Concurrently.Result b = Concurrently.run(
                    clients, perClient, (w, i) -> signedIn.get(w).post(BareEndpoint.PATH) == 200);
            CpuTime roundBareCpu = cpu().since(roundBareFrom);
            String roundBareFamilies = shares().since(roundBareShares, b);
            checkpointed("submission");
            CpuTime roundFrom = cpu();
            CpuShares.Snapshot roundShares = shares().take();
            Concurrently.Result s =
                    Concurrently.run(clients, perClient, (w, i) -> submit(signedIn, prepared, w, first + i));
            CpuTime roundCpu = cpu().since(roundFrom);
            line("  round %d's windows: bare endpoint from %s, submissions from %s to %s"
                    .formatted(round + 1, roundBareFrom.at(), roundFrom.at(), java.time.Instant.now()));
            String roundFamilies = shares().since(roundShares, s);
            backgroundDone(java.time.Instant.now().minusSeconds(3600));
            // each round's CPU too (since run 23): later rounds' bare endpoint ran faster than the first's
            line("  round %d's bare endpoint: %s; %s"
                    .formatted(round + 1, roundBareCpu.per(b.succeeded()), roundBareFamilies));
            line("  round %d's submissions: %s; %s".formatted(round + 1, roundCpu.per(s.succeeded()), roundFamilies));
            ratios.add(roundLine("round %d".formatted(round + 1), b, s));
        }
        line(rounds("submission ratio", ratios, 0.5));
    }

    /** A pair of windows' line (both rates, the ratio, the failures, which must be none); answers the ratio. */
    private double roundLine(String round, Concurrently.Result bare, Concurrently.Result submitted) {
        double ratio = submitted.perSecond() / bare.perSecond();
        line("%s: bare endpoint %.1f/s, submission %.1f/s, ratio %.3f (%d and %d failed)"
                .formatted(round, bare.perSecond(), submitted.perSecond(), ratio, bare.failed(), submitted.failed()));
        assertThat(submitted.failed()).isZero();
        assertThat(bare.failed()).isZero();
        return ratio;
    }

    /** The median of the rounds' ratios, with every round's, for the summary line. */
    private static String rounds(String what, List<Double> ratios, double aim) {
        List<Double> sorted = ratios.stream().sorted().toList();
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        // three decimals since run 19: 0.296 printed as 0.30 looked like the aim of 0.3 met
        return "%s over %d rounds: median %.3f (rounds: %s; aim >= %.1f)"
                .formatted(
                        what,
                        ratios.size(),
                        median,
                        String.join(
                                ", ",
                                ratios.stream().map(r -> "%.3f".formatted(r)).toList()),
                        aim);
    }

    private static boolean submit(List<BenchmarkClient> clients, List<List<ApplicationId>> drafts, int w, int i)
            throws Exception {
        return clients.get(w).post("/api/applications/" + drafts.get(w).get(i) + "/submission") == 200;
    }

    // 4. Full reviews through the services against the plain-JDBC floor

    private void reviews(int threads, int perThread, int floorPerThread) throws Exception {
        line("");
        line("## Full reviews, %d threads (load average %s)".formatted(threads, loadAverage()));
        Actor applicant = Actor.applicant(UUID.randomUUID());
        List<ApplicationId> cases = new BenchmarkDrafts(drafts, materials, required, jdbc)
                .prepare(applicant, TOWNSHIP, threads * (perThread * ROUNDS + WARM_UP_REVIEWS + REWARM * ROUNDS));
        Reviewer clerk = new Reviewer(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        Reviewer federation = new Reviewer(UUID.randomUUID(), StaffRole.FEDERATION_REVIEWER, COUNTY);
        Reviewer civil = new Reviewer(UUID.randomUUID(), StaffRole.CIVIL_AFFAIRS_APPROVER, COUNTY);
        java.util.concurrent.atomic.LongAdder[] stages = new java.util.concurrent.atomic.LongAdder[5];
        Arrays.setAll(stages, i -> new java.util.concurrent.atomic.LongAdder());
        FullReview full = id -> {
            long t0 = System.nanoTime();
            submissions.submit(applicant, id);
            long t1 = System.nanoTime();
            CaseSummary s = reviews.accept(clerk, id.value(), 0);
            long t2 = System.nanoTime();
            s = reviews.completeStep(clerk, id.value(), s.version(), ReviewStep.TOWNSHIP_CHECK);
            long t3 = System.nanoTime();
            s = reviews.completeStep(federation, id.value(), s.version(), ReviewStep.FEDERATION_REVIEW);
            long t4 = System.nanoTime();
            s = reviews.decide(
                    civil,
                    id.value(),
                    s.version(),
                    List.of(SubsidyDecision.approve(Subsidy.LIVING), SubsidyDecision.approve(Subsidy.CARE)));
            long t5 = System.nanoTime();
            long[] at = {t0, t1, t2, t3, t4, t5};
            for (int k = 0; k < 5; k++) {
                stages[k].add(at[k + 1] - at[k]);
            }
            return s.state() == org.liangxiang.review.CaseState.DECIDED;
        };
        int warm = threads * perThread;
        // Each measured right after its own warm-up: the floor's plain JDBC, run between the full reviews' warm-up
        // and their window, had the compiler recompiling shared code (the driver's, the pool's) in the window.
        auditSealed(); // neither measurement pays for sealing the audit rows of what ran before it
        // nor for issuing notices owed from before (run 19's q4: an interrupted run had left 16,600 owed, and the
        // first floor window, issuing them at the notices' busy share, ran at 731 cases a second against 979 after)
        line("notices owed from before the review benchmark issued in %.1f s".formatted(noticesIssued()));
        warmUp("the floor's warm-up", threads, WARM_UP_FLOOR, (w, i) -> floor());
        auditSealed();
        floorTableVacuumed();
        String load = loadAverage();
        CpuShares.Snapshot beforeFloor = shares().take();
        Concurrently.Result floor = Concurrently.run(threads, floorPerThread, (w, i) -> floor());
        String floorCpu = shares().since(beforeFloor, floor);
        line("the floor's %d audit rows sealed %.1f s after it".formatted(5 * floor.succeeded(), auditSealed()));
        warmUp(
                "the full reviews' warm-up",
                threads,
                WARM_UP_REVIEWS,
                (w, i) -> full.run(cases.get(warm + w * WARM_UP_REVIEWS + i)));
        noticesIssued(); // the warm-up's notices, rendered after their acts, before anything is measured
        int rewarmed = threads * (perThread * ROUNDS + WARM_UP_REVIEWS);
        rewarm("full reviews", threads, (w, i) -> full.run(cases.get(rewarmed + w * REWARM + i)), true);
        auditSealed();
        compilerSettled("the full reviews' notices");
        autovacuumIdle();
        checkpointed("full-review");
        Arrays.stream(stages).forEach(java.util.concurrent.atomic.LongAdder::reset);
        statements.reset();
        java.time.Instant from = java.time.Instant.now();
        CpuShares.Snapshot beforeReviews = shares().take();
        Concurrently.Result done =
                Concurrently.run(threads, perThread, (w, i) -> full.run(cases.get(w * perThread + i)));
        String reviewsCpu = shares().since(beforeReviews, done);
        java.time.Instant to = java.time.Instant.now();
        statements.top("the full-review window");
        double told = inboxTold();
        double drained = told + noticesIssued();
        line("full reviews measured from %s to %s".formatted(from, to));
        String[] names = {"submit", "accept", "township check", "federation review", "decide"};
        StringBuilder each = new StringBuilder("mean time per act (ms, " + threads + " threads):");
        for (int k = 0; k < names.length; k++) {
            each.append(" %s %.1f;".formatted(names[k], stages[k].sum() / 1e6 / Math.max(1, done.succeeded())));
        }
        line(each.toString());
        line("plain-JDBC floor (one insert, four version-guarded updates, five audit rows, five transactions): %s"
                .formatted(describe(floor)));
        line("  " + floorCpu);
        line("full review through the services (submit, accept, township check, federation review, decide): %s"
                .formatted(describe(done)));
        line("  " + reviewsCpu);
        line("review ratio: %.3f of the floor's rate (aim >= 0.3); load average before: %s"
                .formatted(done.perSecond() / floor.perSecond(), load));
        line("notices (receipt and two approvals per case, rendered after each act's commit): the last issued %.1f s"
                        .formatted(drained)
                + " after the last act; %d issued in all (%.1f/s from the first act measured to the last notice)"
                        .formatted(issued(cases), issued(cases) / (done.seconds() + drained)));
        line("notification inbox (a message and an SMS per event and account, told in batches after the commits):"
                + " the last told %.1f s after the last act".formatted(told));
        assertThat(done.failed()).isZero();
        assertThat(floor.failed()).isZero();
        List<Double> ratios = new ArrayList<>(List.of(done.perSecond() / floor.perSecond()));
        for (int round = 1; round < ROUNDS; round++) {
            int first = threads * (perThread + WARM_UP_REVIEWS) + (round - 1) * threads * perThread;
            rewarm("floor cases", threads, (w, i) -> floor(), false);
            auditSealed();
            floorTableVacuumed();
            Concurrently.Result f = Concurrently.run(threads, floorPerThread, (w, i) -> floor());
            int again = threads * (perThread * ROUNDS + WARM_UP_REVIEWS) + round * threads * REWARM;
            rewarm("full reviews", threads, (w, i) -> full.run(cases.get(again + w * REWARM + i)), true);
            auditSealed();
            autovacuumIdle();
            checkpointed("full-review");
            Concurrently.Result r =
                    Concurrently.run(threads, perThread, (w, i) -> full.run(cases.get(first + w * perThread + i)));
            ratios.add(r.perSecond() / f.perSecond());
            line("round %d: floor %.1f/s, full review %.1f/s, ratio %.3f (%d and %d failed)"
                    .formatted(
                            round + 1,
                            f.perSecond(),
                            r.perSecond(),
                            r.perSecond() / f.perSecond(),
                            f.failed(),
                            r.failed()));
            noticesIssued(); // this round's notices rendered before the next round's windows
            assertThat(r.failed()).isZero();
            assertThat(f.failed()).isZero();
        }
        line(rounds("review ratio", ratios, 0.3));
    }

    private CpuTime cpu() {
        return CpuTime.now(dataDir());
    }

    /**
     * The embedded server's data directory, read from the environment once: each read walks Spring's property sources,
     * and run 19's q4 had C2 compile that walk (0.27 core-seconds) at the start of the full-review window, where the
     * runner read it for the window's CPU figures.
     */
    private String dataDir() {
        if (dataDir == null) {
            dataDir = env.getProperty("liangxiang.db.embedded.data-dir", "./target/bench-pg");
        }
        return dataDir;
    }

    private String dataDir;

    /**
     * Waits (bounded) until the listeners' publications are complete, the inbox is told, the evidence reports owed are
     * made and the SMS due are sent; answers the seconds.
     */
    private double backgroundDone(java.time.Instant from) throws InterruptedException {
        return drained("""
                SELECT (SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                           AND publication_date >= '%s')
                     + (SELECT count(*) FROM notification_inbox WHERE handled_at IS NULL)
                     + (SELECT count(*) FROM elig_report_due WHERE handled_at IS NULL AND attempts < 5)
                     + (SELECT count(*) FROM notification_sms WHERE status = 'QUEUED' AND next_attempt_at <= now())""".formatted(from), "background work done", 10);
    }

    /** Before a bare endpoint's window: what ran before it has finished its background work and its audit is sealed. */
    private void quietBeforeBare() throws Exception {
        backgroundDone(java.time.Instant.now().minusSeconds(3600));
        auditSealed();
        checkpointed("bare endpoint");
    }

    /**
     * Right before every measured window (since run 18): a {@code CHECKPOINT} as the owner, so that no checkpoint's
     * writing falls into the window. PostgreSQL checkpoints every five minutes and spreads the writing of the dirty
     * buffers over most of the next five; a window that met it waited longer for its commits' disk flushes (the floor,
     * bound by its five commits a case, most: 802 to 978 cases a second within one run, q1 of run 18). After it, every
     * window starts from the same point of the cycle (the next checkpoint five minutes away, the first change of a page
     * written whole to the WAL in each alike). Prints how long it took.
     */
    private void checkpointed(String before) throws Exception {
        long began = System.nanoTime();
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
        line("checkpoint before the %s window: %.1f s".formatted(before, (System.nanoTime() - began) / 1e9));
    }

    /**
     * A warm-up of {@code perWorker} operations a worker in {@link #WARM_UP_PHASES} phases (indexes 0 to perWorker - 1
     * in order), the JIT compiler settled after each (since run 19). One long warm-up left C2 compiling the measured
     * path for the first time inside the window (run 17, the review window: {@code CaseStore.read}, the save's
     * parameters, {@code CaseFlow.enterStep}): while C2's queue is long on two cores, HotSpot raises the invocation
     * counts a method needs before it is queued for C2 (by the queue's length), and methods are compiled by C1 without
     * full profiling (level 2) to be profiled again later; when the warm-up ended, nothing called them, and the first
     * calls of the window found C2 idle and the thresholds low. Each later phase meets a shorter queue, so what the
     * earlier phases left is compiled in the warm-up. Prints the compiler's seconds in each phase.
     */
    private void warmUp(String what, int workers, int perWorker, Concurrently.Operation operation) throws Exception {
        int done = 0;
        StringBuilder compiled = new StringBuilder();
        for (int phase = 1; phase <= WARM_UP_PHASES; phase++) {
            int from = done;
            int count = (int) ((long) perWorker * phase / WARM_UP_PHASES) - done;
            double before = CpuShares.compilerSeconds();
            Concurrently.Result r = Concurrently.run(workers, count, (w, i) -> operation.run(w, from + i));
            assertThat(r.failed()).as(what).isZero();
            compilerSettled(what + ", phase " + phase);
            compiled.append(" %.2f".formatted(CpuShares.compilerSeconds() - before));
            done += count;
        }
        line("JIT compiler (wall seconds) in each phase of %s:%s".formatted(what, compiled));
    }

    /**
     * {@link #REWARM} operations a worker right before a window, unmeasured, then (for full reviews) their notices,
     * inbox rows and evidence reports done, then the compiler settled.
     */
    private void rewarm(String what, int workers, Concurrently.Operation operation, boolean owesBackground)
            throws Exception {
        if (REWARM > 0) {
            java.time.Instant from = java.time.Instant.now();
            assertThat(Concurrently.run(workers, REWARM, operation).failed())
                    .as(what)
                    .isZero();
            if (owesBackground) {
                line("the re-warm's notices issued in %.1f s, its other background work done in %.1f s"
                        .formatted(noticesIssued(), backgroundDone(from)));
            }
            compilerSettled(what + " again");
        }
    }

    /**
     * Waits (at most a minute) until the JIT compiler has finished what a warm-up queued: its time unchanged over a
     * second. On two busy cores the compiler threads fall behind, and their backlog was compiled in the measured
     * window (run 13: 0.6 to 2.3 CPU seconds of C2 in a 4 s submission window, depending on the machine's load).
     */
    private void compilerSettled(String after) throws InterruptedException {
        long began = System.nanoTime();
        double last = CpuShares.compilerSeconds();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - began < 60e9) {
            Thread.sleep(500);
            double now = CpuShares.compilerSeconds();
            quiet = now - last < 0.01 ? quiet + 1 : 0;
            last = now;
        }
        line("JIT compiler settled %.1f s after %s".formatted((System.nanoTime() - began) / 1e9, after));
    }

    /** Waits (bounded) until the notification inbox has no pending row; answers the seconds it took. */
    private double inboxTold() throws InterruptedException {
        return drained("SELECT count(*) FROM notification_inbox WHERE handled_at IS NULL", "inbox told", 10);
    }

    /** Waits (bounded) until the audit sealer has sealed every record written so far; answers the seconds it took. */
    private double auditSealed() throws InterruptedException {
        return drained(
                "SELECT count(*) FROM audit_record WHERE seq > (SELECT coalesce(max(seq), 0) FROM audit_seal)",
                "audit sealed",
                5);
    }

    /**
     * Before a floor window: the floor's table vacuumed (as the owner), then no autovacuum worker still running, so
     * that neither measurement pays for cleaning up after what ran before it.
     */
    private void floorTableVacuumed() throws Exception {
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            s.execute("VACUUM benchmark_case");
        }
        autovacuumIdle();
        checkpointed("floor");
    }

    /** Waits (at most two minutes, then says so and goes on) until no autovacuum worker runs. */
    private void autovacuumIdle() throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
                        .query(Long.class)
                        .single()
                > 0) {
            if (System.nanoTime() > until) {
                line("an autovacuum worker still running after two minutes: measuring anyway");
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Waits (bounded) until every due notice is issued; answers the seconds it took. */
    private double noticesIssued() throws InterruptedException {
        return drained("SELECT count(*) FROM review_notice WHERE document_id IS NULL", "notices issued", 20);
    }

    /** Waits until the count of pending rows is zero, failing after {@code minutes}; answers the seconds it took. */
    private double drained(String pendingCount, String what, int minutes) throws InterruptedException {
        long began = System.nanoTime();
        long until = began + java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes);
        while (jdbc.sql(pendingCount).query(Long.class).single() > 0) {
            assertThat(System.nanoTime())
                    .as(what + " within " + minutes + " minutes")
                    .isLessThan(until);
            Thread.sleep(20);
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private long issued(List<ApplicationId> cases) {
        return jdbc.sql("SELECT count(*) FROM review_notice WHERE document_id IS NOT NULL AND application_id IN (:ids)")
                .param("ids", cases.stream().map(ApplicationId::value).toList())
                .query(Long.class)
                .single();
    }

    @FunctionalInterface
    interface FullReview {
        boolean run(ApplicationId id) throws Exception;
    }

    /**
     * One case of the floor: five transactions, each changing the case (the first inserts it) and adding an audit row.
     * Its ids are time-ordered like the product's (run 16; random before, so that each insert took a random leaf of
     * the case's and the audit trail's indexes, and the floor slowed as an older database's audit trail grew: 1,400-1,700
     * floor cases/s on the database of runs 11-15, 2,100-3,200/s on a fresh one).
     */
    private boolean floor() throws Exception {
        UUID id = TimeOrderedIds.next();
        String[] states = {"TO_ACCEPT", "TOWNSHIP_CHECK", "FEDERATION_REVIEW", "CIVIL_AFFAIRS_DECISION", "DECIDED"};
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int step = 0; step < states.length; step++) {
                try (PreparedStatement change = c.prepareStatement(
                        step == 0
                                ? "INSERT INTO benchmark_case (id, state, due_date) VALUES (?, ?, current_date + 20)"
                                : "UPDATE benchmark_case SET state = ?, version = version + 1, updated_at = now()"
                                        + " WHERE id = ? AND version = ?")) {
                    if (step == 0) {
                        change.setObject(1, id);
                        change.setString(2, states[0]);
                    } else {
                        change.setString(1, states[step]);
                        change.setObject(2, id);
                        change.setLong(3, step - 1);
                    }
                    if (change.executeUpdate() != 1) {
                        c.rollback();
                        return false;
                    }
                }
                audit(c, id, step == 0 ? null : states[step - 1], states[step]);
                c.commit();
            }
        }
        return true;
    }

    private static void audit(Connection c, UUID id, String before, String after) throws Exception {
        try (PreparedStatement audit = c.prepareStatement("""
                INSERT INTO audit_record (id, type, actor_id, actor_role, actor_office, object_type,
                    object_id, before_state, after_state) VALUES (?, 'BENCHMARK_FLOOR', ?, 'TOWNSHIP_CLERK',
                    '410102001', 'BENCHMARK', ?, ?, ?)""")) {
            audit.setObject(1, TimeOrderedIds.next());
            audit.setString(2, FLOOR_ACTOR);
            audit.setString(3, id.toString());
            audit.setString(4, before);
            audit.setString(5, after);
            audit.executeUpdate();
        }
    }

    // Reporting

    private CpuShares shares() {
        return new CpuShares(dataDir());
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println("[benchmark] " + text);
    }

    private static String describe(Concurrently.Result r) {
        return "%.1f/s (%d in %.1f s, %d failed)".formatted(r.perSecond(), r.succeeded(), r.seconds(), r.failed());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(java.time.Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
