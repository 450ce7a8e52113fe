package org.liangxiang.eligibility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.liangxiang.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The re-check benchmark (docs/performance.md): {@code --eligibility.benchmark=N} generates N current beneficiaries in
 * 郑州 (410100) with about 5N reference rows, times the re-check ({@link Rechecks#run}) and one plain SQL join that
 * produces the same proposals, logs both, their ratio and whether the counts agree, removes what it generated (unless
 * {@code --eligibility.benchmark.keep=true}, or reused: {@link #previous}) and exits. Run it on a scratch database: the generated rows carry
 * placeholder ciphertexts and synthetic blind indexes (SHA-256 of a counter), never real people.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecheckBenchmark implements ApplicationRunner {

    static final String PROPERTY = "eligibility.benchmark";
    static final String REGION = "410100";

    private static final Logger log = LoggerFactory.getLogger(RecheckBenchmark.class);

    private final Rechecks rechecks;
    private final NamedParameterJdbcTemplate jdbc;
    private final Environment env;
    private final IntConsumer exit;

    @Autowired
    RecheckBenchmark(
            Rechecks rechecks,
            NamedParameterJdbcTemplate jdbc,
            Environment env,
            ConfigurableApplicationContext context) {
        this.rechecks = rechecks;
        this.jdbc = jdbc;
        this.env = env;
        this.exit = status -> System.exit(SpringApplication.exit(context, () -> status));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (env.containsProperty(PROPERTY)) {
            exit.accept(execute(env.getRequiredProperty(PROPERTY, Integer.class)));
        }
    }

    int execute(int beneficiaries) {
        boolean reuse = env.getProperty(PROPERTY + ".reuse", Boolean.class, false);
        UUID bench = reuse ? previous(beneficiaries) : null;
        boolean generating = bench == null;
        bench = generating ? UUID.randomUUID() : bench;
        LocalDate on = ChinaTime.today();
        MapSqlParameterSource p = SetBasedRules.parameters(on)
                .addValue("bench", bench)
                .addValue("n", beneficiaries)
                .addValue("region", REGION);
        try {
            long start = System.nanoTime();
            long rows = generating ? generate(p) : reused(p);
            log.info(
                    "eligibility.benchmark: {} {} beneficiaries and {} reference rows in {} s",
                    generating ? "generated" : "reused",
                    beneficiaries,
                    rows - beneficiaries,
                    seconds(System.nanoTime() - start));
            p.addValue("started", java.sql.Timestamp.from(java.time.Instant.now()));
            start = System.nanoTime();
            RecheckRun run = rechecks.run(on, "ON_DEMAND", "benchmark");
            Duration recheck = Duration.ofNanos(System.nanoTime() - start);
            long proposals = countProposals(p.addValue("run", run.id()));
            log.info(
                    "eligibility.benchmark: re-check of {} beneficiaries in {} s: {} proposals",
                    run.beneficiaries(),
                    seconds(recheck.toNanos()),
                    proposals);
            drainListeners(p);
            start = System.nanoTime();
            long joined = jdbc.queryForObject(PLAIN_JOIN, p, Long.class);
            Duration plain = Duration.ofNanos(System.nanoTime() - start);
            log.info(
                    "eligibility.benchmark re-check: {} beneficiaries, {} reference rows: re-check {} s ({} proposals),"
                            + " plain join {} s ({} proposals), ratio {}, same proposals: {}",
                    beneficiaries,
                    rows - beneficiaries,
                    seconds(recheck.toNanos()),
                    proposals,
                    seconds(plain.toNanos()),
                    joined,
                    String.format("%.2f", recheck.toNanos() / (double) Math.max(1, plain.toNanos())),
                    proposals == joined);
            if (!env.getProperty(PROPERTY + ".keep", Boolean.class, false) && !reuse) {
                clean(p);
            }
            return proposals == joined ? 0 : 2;
        } catch (RuntimeException e) {
            log.error("eligibility.benchmark failed: {}", e.getMessage());
            clean(p);
            return 1;
        }
    }

    /**
     * With {@code --eligibility.benchmark.reuse=true} (on a kept data directory: {@code
     * --liangxiang.db.embedded.clean=false}), the rows an earlier run kept for the same N, if any; they are kept again.
     */
    private UUID previous(int beneficiaries) {
        return jdbc
                .queryForList("""
                        SELECT i.id FROM elig_import i
                         WHERE i.requested_by = 'benchmark' AND i.source = 'BENEFICIARY' AND i.region_code = :region
                           AND (SELECT count(*) FROM elig_fact f WHERE f.import_id = i.id AND f.source = 'BENEFICIARY')
                               = :n
                         ORDER BY i.id LIMIT 1""", new MapSqlParameterSource("region", REGION).addValue("n", beneficiaries), UUID.class)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** An earlier run's rows, without that run's proposals and notices (so that the re-check makes them anew). */
    private long reused(MapSqlParameterSource p) {
        forgetRuns(p);
        return jdbc.queryForObject("SELECT count(*) FROM elig_fact WHERE import_id = :bench", p, Long.class);
    }

    /**
     * Waits (at most {@link #DRAIN}) until the listeners of the re-check's events (reminders of expiring certificates,
     * handled after its commit, one transaction each) are done, so that the plain join is timed on a quiet application.
     */
    private void drainListeners(MapSqlParameterSource p) {
        long start = System.nanoTime();
        long deadline = start + DRAIN.toNanos();
        long open;
        while ((open = openPublications(p)) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        log.info(
                "eligibility.benchmark: the re-check's event listeners done after {} s ({} publications still open)",
                seconds(System.nanoTime() - start),
                open);
    }

    static final Duration DRAIN = Duration.ofMinutes(10);

    private long openPublications(MapSqlParameterSource p) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= :started",
                p,
                Long.class);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }

    /** Beneficiaries i = 1..N (odd: care, even: living) and reference rows for them and for 2N other holders. */
    private long generate(MapSqlParameterSource p) {
        jdbc.update("""
                INSERT INTO elig_import (id, source, region_code, mode, file_format, digest, status, requested_by)
                VALUES (:bench, 'BENEFICIARY', :region, 'DELTA', 'CSV', decode(md5(CAST(:bench AS text)), 'hex'),
                        'APPLIED', 'benchmark')""", p);
        jdbc.update("""
                INSERT INTO elig_coverage (source, region_code, last_import_id, loaded_at)
                SELECT s, :region, :bench, now()
                  FROM unnest(ARRAY['CERTIFICATE', 'ASSISTANCE_STATUS', 'DEATH', 'WORK_INJURY_CARE', 'ORPHAN_GUARANTEE',
                                    'SIMILAR_ALLOWANCE', 'BENEFICIARY_ELSEWHERE', 'BENEFICIARY']) AS s
                ON CONFLICT DO NOTHING""", p);
        long rows = jdbc.update(FACTS, p);
        jdbc.getJdbcTemplate().execute("ANALYZE elig_fact");
        return rows;
    }

    /**
     * Per person i of 3N: a certificate (1% expired before this month); for the first 2N a status (低保; 3% ended, 1%
     * 特困 instead); for the N beneficiaries 0.5% deaths, 0.2% 工伤 care, 0.2% orphan guarantee, 0.1% paid elsewhere.
     * About 5N reference rows in all.
     */
    private static final String FACTS = """
            WITH townships AS (
                SELECT array_agg(descendant_code ORDER BY descendant_code) AS codes FROM region_closure
                 WHERE ancestor_code = :region AND length(descendant_code) = 9),
            people AS (
                SELECT i, sha256(convert_to('bench:' || CAST(:bench AS text) || ':' || i, 'UTF8')) AS idx,
                       t.codes[1 + i % cardinality(t.codes)] AS township
                  FROM generate_series(1, 3 * :n) AS i, townships t),
            facts AS (
                SELECT i, idx, township, 'BENEFICIARY' AS source, CASE WHEN i % 2 = 1 THEN 'CARE' ELSE 'LIVING' END
                       AS kind, DATE '2020-01-01' AS valid_from, CAST(NULL AS date) AS valid_to, NULL AS until
                  FROM people WHERE i <= :n
                UNION ALL
                SELECT i, idx, township, 'CERTIFICATE', '', DATE '2018-01-01', NULL,
                       CASE WHEN i % 100 = 7 THEN CAST(:monthStart AS date) - 1
                            ELSE CAST(:on AS date) + (i % 3000) END
                  FROM people
                UNION ALL
                SELECT i, idx, township, 'ASSISTANCE_STATUS',
                       CASE WHEN i % 100 = 11 THEN 'EXTREME_POVERTY_SUPPORT' ELSE 'MINIMUM_LIVING_GUARANTEE' END,
                       DATE '2019-01-01', CASE WHEN i % 100 IN (13, 17, 19) THEN CAST(:on AS date) - 40 END, NULL
                  FROM people WHERE i <= 2 * :n
                UNION ALL
                SELECT i, idx, township, 'DEATH', '', CAST(:on AS date) - 20, NULL, NULL FROM people
                 WHERE i <= :n AND i % 200 = 3
                UNION ALL
                SELECT i, idx, township, 'WORK_INJURY_CARE', '', DATE '2024-01-01', NULL, NULL FROM people
                 WHERE i <= :n AND i % 500 = 5
                UNION ALL
                SELECT i, idx, township, 'ORPHAN_GUARANTEE', '', DATE '2024-01-01', NULL, NULL FROM people
                 WHERE i <= :n AND i % 500 = 8
                UNION ALL
                SELECT i, idx, township, 'BENEFICIARY_ELSEWHERE', CASE WHEN i % 2 = 1 THEN 'CARE' ELSE 'LIVING' END,
                       DATE '2023-01-01', NULL, NULL FROM people WHERE i <= :n AND i % 1000 = 9)
            INSERT INTO elig_fact (id, source, region_code, resident_index, resident_sealed, resident_masked, kind,
                qualifier, valid_from, valid_to, township_code, certificate_index, certificate_sealed, category, level,
                intellectual_or_mental, certificate_status, valid_until, place_code, import_id, loaded_at)
            SELECT gen_random_uuid(), f.source, :region, f.idx, '\\x00', '410***********0000', f.kind,
                   CASE f.source WHEN 'CERTIFICATE' THEN encode(f.idx, 'hex')
                                 WHEN 'BENEFICIARY_ELSEWHERE' THEN '419001' ELSE '' END,
                   f.valid_from, f.valid_to,
                   CASE WHEN f.source IN ('CERTIFICATE', 'BENEFICIARY') THEN f.township END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN f.idx END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN '\\x00'::bytea END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN 'PHYSICAL' END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN 'LEVEL_' || (1 + f.i % 2) END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN false END,
                   CASE WHEN f.source = 'CERTIFICATE' THEN 'VALID' END,
                   f.until,
                   CASE WHEN f.source = 'BENEFICIARY_ELSEWHERE' THEN '419001' END,
                   :bench, now()
              FROM facts f
            """;

    private long countProposals(MapSqlParameterSource p) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM elig_proposal pr
                 WHERE pr.run_id = :run AND EXISTS (SELECT 1 FROM elig_fact b
                                                      WHERE b.id = CAST(pr.beneficiary_id AS uuid) AND b.import_id = :bench)
                """, p, Long.class);
    }

    /**
     * The same proposals as one plain statement of joins over the facts table, with the national rules hard-wired
     * (Zhengzhou's): one branch per proposal kind, each a join (or anti-join) of the beneficiaries with one source.
     */
    static final String PLAIN_JOIN = """
            WITH b AS (SELECT f.id, f.resident_index, f.kind AS subsidy FROM elig_fact f
                        WHERE f.source = 'BENEFICIARY' AND f.region_code = :region AND f.import_id = :bench)
            SELECT count(*) FROM (
                SELECT b.id FROM b WHERE EXISTS (SELECT 1 FROM elig_fact f WHERE f.resident_index = b.resident_index
                    AND f.source = 'DEATH' AND f.valid_from <= :on)
                UNION ALL
                SELECT b.id FROM b WHERE b.subsidy = 'LIVING' AND NOT EXISTS (SELECT 1 FROM elig_fact f
                    WHERE f.resident_index = b.resident_index AND f.source = 'ASSISTANCE_STATUS'
                      AND f.kind = 'MINIMUM_LIVING_GUARANTEE' AND f.valid_from <= :on
                      AND (f.valid_to IS NULL OR f.valid_to > :on))
                UNION ALL
                SELECT b.id FROM b WHERE EXISTS (SELECT 1 FROM elig_fact f WHERE f.resident_index = b.resident_index
                    AND f.source = 'ASSISTANCE_STATUS' AND f.kind = 'EXTREME_POVERTY_SUPPORT' AND f.valid_from <= :on
                    AND (f.valid_to IS NULL OR f.valid_to > :on))
                UNION ALL
                SELECT b.id FROM b WHERE EXISTS (SELECT 1 FROM elig_fact f WHERE f.resident_index = b.resident_index
                    AND f.source = 'WORK_INJURY_CARE' AND f.valid_from <= :on
                    AND (f.valid_to IS NULL OR f.valid_to > :on))
                UNION ALL
                SELECT b.id FROM b WHERE b.subsidy = 'LIVING' AND EXISTS (SELECT 1 FROM elig_fact f
                    WHERE f.resident_index = b.resident_index AND f.source = 'ORPHAN_GUARANTEE'
                      AND f.valid_from <= :on AND (f.valid_to IS NULL OR f.valid_to > :on))
                UNION ALL
                SELECT b.id FROM b JOIN elig_fact f ON f.resident_index = b.resident_index AND f.source = 'CERTIFICATE'
                 WHERE f.certificate_status = 'VALID' AND f.valid_from <= :on
                   AND (f.valid_to IS NULL OR f.valid_to > :on)
                 GROUP BY b.id HAVING bool_and(f.valid_until < :monthStart)
                UNION ALL
                SELECT b.id FROM b WHERE EXISTS (SELECT 1 FROM elig_fact f WHERE f.resident_index = b.resident_index
                    AND f.source = 'BENEFICIARY_ELSEWHERE' AND f.kind = b.subsidy AND f.valid_from <= :on
                    AND (f.valid_to IS NULL OR f.valid_to > :on))) proposals
            """;

    private void clean(MapSqlParameterSource p) {
        forgetRuns(p);
        jdbc.update("DELETE FROM elig_coverage WHERE last_import_id = :bench", p);
        jdbc.update("DELETE FROM elig_fact WHERE import_id = :bench", p);
        jdbc.update("DELETE FROM elig_import WHERE id = :bench", p);
    }

    private void forgetRuns(MapSqlParameterSource p) {
        jdbc.update("""
                DELETE FROM elig_proposal pr WHERE EXISTS (SELECT 1 FROM elig_fact b
                 WHERE b.id = CAST(pr.beneficiary_id AS uuid) AND b.import_id = :bench)""", p);
        jdbc.update("""
                DELETE FROM elig_expiry_notice n WHERE EXISTS (SELECT 1 FROM elig_fact c
                 WHERE c.id = n.certificate_fact_id AND c.import_id = :bench)""", p);
    }
}
