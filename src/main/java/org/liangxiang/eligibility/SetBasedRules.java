package org.liangxiang.eligibility;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The set-based form of {@link Rules}: one statement evaluates rules for every row of the temporary table {@code
 * elig_subject} (subject_id, resident_index, region_code), with the policy of each subject's region resolved once per
 * region into {@code elig_subject_policy} and each subject's facts joined once, in the same statement, and grouped by
 * the subject alone ({@link #grouped}): the rules' SQL is aggregates over the subject's facts ({@link FactSql})
 * combined with the policy row after the grouping, so one pass over the joined rows answers every rule. Only the facts of the sources the evaluated rules read are joined.
 * The tables live for the caller's transaction. A result has one column per rule and subsidy ({@link #column}) holding
 * the {@link Finding#code()}, or NULL where the rule is not in force.
 */
@Component
class SetBasedRules {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Policies policies;

    SetBasedRules(JdbcTemplate jdbc, Policies policies) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.policies = policies;
    }

    static String column(RuleId rule, Subsidy subsidy) {
        return rule.name().toLowerCase(java.util.Locale.ROOT) + "_" + EligibilityRule.prefix(subsidy);
    }

    /** The temporary subjects table of {@link #begin()}. */
    static final String SUBJECTS = "elig_subject";

    /**
     * Creates the two temporary tables (dropped at commit); call inside a transaction. The subjects table has no index
     * until {@link #resolvePolicies}, so that loading it is a plain append.
     */
    void begin() {
        begin(SUBJECTS);
    }

    /**
     * As {@link #begin()}, with the subjects in the given table instead of the temporary one: an UNLOGGED table of the
     * caller's own (in the work schema {@code elig_work}, which the caller drops in the same transaction), which the
     * planner may scan with parallel workers (temporary tables never are).
     */
    void begin(String subjects) {
        requireTransaction();
        jdbc.execute(
                subjects.equals(SUBJECTS)
                        ? "CREATE TEMPORARY TABLE " + subjects + SUBJECT_COLUMNS + " ON COMMIT DROP"
                        : "CREATE UNLOGGED TABLE " + subjects + SUBJECT_COLUMNS);
        createPolicies();
    }

    /**
     * As {@link #begin(String)}, the UNLOGGED subjects table made by {@code CREATE UNLOGGED TABLE ... AS} the query
     * (one statement, which the planner may run with parallel workers; an {@code INSERT ... SELECT} never is): the
     * query gives {@code subject_id} (bigint, unique), {@code resident_index} and {@code region_code}, and may give more
     * columns of the caller's own. How many subjects.
     */
    long begin(String subjects, String query, MapSqlParameterSource parameters) {
        requireTransaction();
        long n = named.update("CREATE UNLOGGED TABLE " + subjects + " AS " + query, parameters);
        createPolicies();
        return n;
    }

    private static final String SUBJECT_COLUMNS =
            " (subject_id BIGINT NOT NULL, resident_index BYTEA NOT NULL, region_code VARCHAR(9) NOT NULL)";

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The set-based rules run inside a transaction");
        }
    }

    private void createPolicies() {
        jdbc.execute("""
                CREATE TEMPORARY TABLE elig_subject_policy (region_code VARCHAR(9) PRIMARY KEY,
                    living_extensions TEXT[], care_levels_3_and_4 BOOLEAN, living_exclusions TEXT[],
                    care_exclusions TEXT[], living_higher TEXT[], care_higher TEXT[], living_base BIGINT,
                    living_amounts BIGINT[], care_base BIGINT, care_amounts BIGINT[], loaded TEXT[]) ON COMMIT DROP""");
    }

    void add(Collection<Subject> subjects) {
        jdbc.batchUpdate(
                "INSERT INTO elig_subject (subject_id, resident_index, region_code) VALUES (?, ?, ?)",
                new ArrayList<>(subjects),
                5000,
                (ps, s) -> {
                    ps.setLong(1, s.id());
                    ps.setBytes(2, s.residentIndex());
                    ps.setString(3, s.regionCode());
                });
    }

    /**
     * Call once the subjects are loaded: gives them their primary key, analyses them, then resolves the policy in force on the date for
     * every region among them, with the sources loaded there.
     */
    void resolvePolicies(LocalDate on) {
        resolvePolicies(on, SUBJECTS);
    }

    /**
     * As {@link #resolvePolicies(LocalDate)}, for the subjects of the table given to {@link #begin(String)}; the
     * caller's own table gets no primary key (the grouped pass needs none: it groups by the subject's three columns),
     * only its statistics.
     */
    void resolvePolicies(LocalDate on, String subjects) {
        if (subjects.equals(SUBJECTS)) {
            jdbc.execute("ALTER TABLE " + subjects + " ADD PRIMARY KEY (subject_id)");
        }
        jdbc.execute("ANALYZE " + subjects);
        List<String> regions =
                jdbc.queryForList("SELECT DISTINCT region_code FROM " + subjects + " ORDER BY 1", String.class);
        Map<String, List<String>> loaded = loaded(regions);
        jdbc.batchUpdate(
                "INSERT INTO elig_subject_policy VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                regions,
                500,
                (ps, r) -> {
                    PolicyInForce p = policies.inForce(RegionCode.of(r), on);
                    Connection c = ps.getConnection();
                    ps.setString(1, r);
                    ps.setArray(2, texts(c, p.livingExtensions()));
                    ps.setBoolean(3, p.careExtendedToLevels3And4IntellectualOrMental());
                    ps.setArray(4, texts(c, p.exclusions(Subsidy.LIVING)));
                    ps.setArray(5, texts(c, p.exclusions(Subsidy.CARE)));
                    ps.setArray(6, texts(c, p.higherOf(Subsidy.LIVING)));
                    ps.setArray(7, texts(c, p.higherOf(Subsidy.CARE)));
                    amounts(ps, c, 8, p, Subsidy.LIVING);
                    amounts(ps, c, 10, p, Subsidy.CARE);
                    ps.setArray(
                            12,
                            c.createArrayOf(
                                    "text", loaded.getOrDefault(r, List.of()).toArray()));
                });
        jdbc.execute("ANALYZE elig_subject_policy");
    }

    /**
     * The statement {@code SELECT s.subject_id, <columns>} over every subject {@code s} with its policy row {@code p}
     * and the aggregates over its facts {@code f} of the rules' sources only: the columns are SQL of the rules' form,
     * each aggregate marked ({@link FactSql#OPEN}), and may read {@code s.resident_index}. The marked aggregates are computed in one pass grouped by the
     * subject alone (one join of the subjects and the facts table, a hash join for many subjects, by index for a few,
     * then one group per subject, by its three columns so that no primary key is needed, which the planner can hash:
     * the policy row is not grouped by), each distinct one
     * once; the policy row joins the grouped rows after, and the rest of each column is evaluated there. An aggregate
     * may not read {@code p}.
     */
    static String grouped(String columns, Collection<EligibilityRule> rules) {
        return grouped(columns, rules, SUBJECTS);
    }

    /** As {@link #grouped(String, Collection)}, over the subjects of the table given to {@link #begin(String)}. */
    static String grouped(String columns, Collection<EligibilityRule> rules, String subjects) {
        List<String> marked = new ArrayList<>();
        Map<String, Boolean> packable = new LinkedHashMap<>();
        for (int open = columns.indexOf(FactSql.OPEN); open >= 0; open = columns.indexOf(FactSql.OPEN, open + 1)) {
            int close = columns.indexOf(FactSql.CLOSE, open);
            String aggregate = columns.substring(open + FactSql.OPEN.length(), close);
            if (POLICY.matcher(aggregate).find()) {
                throw new IllegalArgumentException("An aggregate over the facts reads the policy row: " + aggregate);
            }
            boolean any = aggregate.startsWith(BOOL_OR)
                    && aggregate.endsWith(")")
                    && columns.startsWith(ANY_OPEN, open - ANY_OPEN.length())
                    && columns.startsWith(ANY_CLOSE, close + FactSql.CLOSE.length());
            packable.merge(aggregate, any, Boolean::logicalAnd);
            marked.add(aggregate);
        }
        Map<String, String> aggregates = new LinkedHashMap<>();
        Map<String, Integer> bits = new LinkedHashMap<>();
        packable.forEach((aggregate, any) -> {
            if (any) {
                bits.put(aggregate, bits.size());
            } else {
                aggregates.put(aggregate, "a" + (aggregates.size() + 1));
            }
        });
        StringBuilder outer = new StringBuilder();
        int at = 0;
        for (String aggregate : marked) {
            int open = columns.indexOf(FactSql.OPEN, at);
            int close = columns.indexOf(FactSql.CLOSE, open);
            Integer bit = bits.get(aggregate);
            if (bit == null) {
                outer.append(columns, at, open).append("s.").append(aggregates.get(aggregate));
                at = close + FactSql.CLOSE.length();
            } else {
                outer.append(columns, at, open - ANY_OPEN.length())
                        .append("((s.b")
                        .append(bit / MASK_BITS + 1)
                        .append(" & ")
                        .append(1L << (bit % MASK_BITS))
                        .append(") <> 0)");
                at = close + FactSql.CLOSE.length() + ANY_CLOSE.length();
            }
        }
        outer.append(columns.substring(at));
        StringBuilder inner = new StringBuilder("SELECT s.subject_id, s.region_code, s.resident_index");
        aggregates.forEach((aggregate, alias) ->
                inner.append(",\n ").append(aggregate).append(" AS ").append(alias));
        masks(new ArrayList<>(bits.keySet()), inner);
        inner.append(" FROM ")
                .append(subjects)
                .append(" s")
                .append(facts(rules))
                .append(" GROUP BY s.subject_id, s.region_code, s.resident_index");
        return "SELECT s.subject_id, " + outer + "\n FROM (" + inner
                + ") s\n JOIN elig_subject_policy p ON p.region_code = s.region_code";
    }

    private static final String BOOL_OR = "bool_or(";

    /** How {@link FactSql#any} wraps its {@code bool_or}: "some fact meets the condition", false (never NULL) if none. */
    private static final String ANY_OPEN = "coalesce(";

    private static final String ANY_CLOSE = ", false)";

    private static final int MASK_BITS = 63;

    /**
     * The conditions of {@link FactSql#any} packed into bit masks {@code b1}, {@code b2} ... (63 conditions each): one
     * {@code bit_or} per mask instead of one {@code bool_or} per condition, so that each joined row feeds a few
     * aggregates and each group holds a few states (the grouping's hash table stays small); a condition's bit is set
     * when some fact meets it, so {@code (b & bit) <> 0} is exactly {@code coalesce(bool_or(condition), false)}.
     */
    private static void masks(List<String> conditions, StringBuilder inner) {
        for (int from = 0; from < conditions.size(); from += MASK_BITS) {
            List<String> terms = new ArrayList<>();
            for (int i = from; i < Math.min(conditions.size(), from + MASK_BITS); i++) {
                String aggregate = conditions.get(i);
                String condition = aggregate.substring(BOOL_OR.length(), aggregate.length() - 1);
                terms.add(
                        "CASE WHEN " + condition + " THEN CAST(" + (1L << (i % MASK_BITS)) + " AS BIGINT) ELSE 0 END");
            }
            inner.append(",\n bit_or(")
                    .append(String.join("\n   | ", terms))
                    .append(") AS b")
                    .append(from / MASK_BITS + 1);
        }
    }

    private static final Pattern POLICY = Pattern.compile("\\bp\\.");

    /** The left join of the facts of the rules' sources. */
    static String facts(Collection<EligibilityRule> rules) {
        String sources = rules.stream()
                .flatMap(r -> r.sources().stream())
                .distinct()
                .sorted()
                .map(source -> "'" + source.name() + "'")
                .collect(Collectors.joining(", "));
        return " LEFT JOIN elig_fact f ON f.resident_index = s.resident_index AND f.source IN (" + sources + ")";
    }

    /** The rule's finding for the subsidy as an SQL expression over {@code s}, {@code p} and {@code f}, grouped. */
    static String finding(EligibilityRule rule, Subsidy subsidy) {
        return "CASE WHEN " + rule.appliesSql(subsidy) + " THEN (" + rule.sql(subsidy) + ") END";
    }

    private Map<String, List<String>> loaded(List<String> regions) {
        Map<String, List<String>> loaded = new HashMap<>();
        named.query("""
                SELECT r.region_code, array_agg(DISTINCT c.source) AS sources
                  FROM unnest(CAST(:regions AS text[])) AS r (region_code)
                  JOIN region_closure rc ON rc.descendant_code = r.region_code
                  JOIN elig_coverage c ON c.region_code = rc.ancestor_code
                 GROUP BY r.region_code""", new MapSqlParameterSource("regions", regions.toArray(String[]::new)), rs -> {
            loaded.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
        });
        return loaded;
    }

    private static Array texts(Connection c, Collection<? extends Enum<?>> values) throws SQLException {
        return c.createArrayOf("text", values.stream().map(Enum::name).sorted().toArray());
    }

    private static void amounts(PreparedStatement ps, Connection c, int index, PolicyInForce p, Subsidy subsidy)
            throws SQLException {
        Optional<Money> base = p.amount(subsidy);
        if (base.isPresent()) {
            ps.setLong(index, base.get().fen());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
        Long[] tiers = new Long[4];
        for (DisabilityLevel level : DisabilityLevel.values()) {
            tiers[level.digit() - 1] = p.amount(subsidy, level).map(Money::fen).orElse(null);
        }
        ps.setArray(index + 1, c.createArrayOf("bigint", tiers));
    }

    /** The statement: {@code subject_id} and one column per rule (of those given) and subsidy. */
    static String select(List<EligibilityRule> rules) {
        List<String> columns = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            for (Subsidy subsidy : Subsidy.values()) {
                if (rule.id().subsidies().contains(subsidy)) {
                    columns.add(finding(rule, subsidy) + " AS " + column(rule.id(), subsidy));
                }
            }
        }
        return grouped(String.join(",\n ", columns), rules);
    }

    static MapSqlParameterSource parameters(LocalDate on) {
        return new MapSqlParameterSource().addValue("on", on).addValue("monthStart", on.withDayOfMonth(1));
    }

    /** Every subject's findings per subsidy, in rule order (for small sets: a check, the rule table test). */
    Map<Long, Map<Subsidy, List<Finding>>> evaluate(LocalDate on) {
        return evaluate(on, Rules.ALL);
    }

    /** Every subject's findings of the rules given, per subsidy, in the rules' order. */
    Map<Long, Map<Subsidy, List<Finding>>> evaluate(LocalDate on, List<EligibilityRule> rules) {
        Map<Long, Map<Subsidy, List<Finding>>> results = new LinkedHashMap<>();
        named.query(select(rules) + " ORDER BY s.subject_id", parameters(on), rs -> {
            Map<Subsidy, List<Finding>> bySubsidy = new LinkedHashMap<>();
            for (Subsidy subsidy : Subsidy.values()) {
                List<Finding> findings = new ArrayList<>();
                for (EligibilityRule rule : rules) {
                    if (rule.id().subsidies().contains(subsidy)) {
                        String code = rs.getString(column(rule.id(), subsidy));
                        if (code != null) {
                            findings.add(Finding.parse(rule.id(), code));
                        }
                    }
                }
                bySubsidy.put(subsidy, findings);
            }
            results.put(rs.getLong("subject_id"), bySubsidy);
        });
        return results;
    }

    /**
     * Evaluates every subject into the temporary table {@code elig_result} (subject_id and one column per rule and
     * subsidy), for bulk work that joins the results to its own tables.
     */
    void materialise(LocalDate on) {
        StringBuilder columns = new StringBuilder("subject_id BIGINT NOT NULL");
        for (EligibilityRule rule : Rules.ALL) {
            for (Subsidy subsidy : Subsidy.values()) {
                if (rule.id().subsidies().contains(subsidy)) {
                    columns.append(", ").append(column(rule.id(), subsidy)).append(" TEXT");
                }
            }
        }
        jdbc.execute("CREATE TEMPORARY TABLE elig_result (" + columns + ") ON COMMIT DROP");
        named.update("INSERT INTO elig_result " + select(Rules.ALL), parameters(on));
        jdbc.execute("CREATE UNIQUE INDEX ON elig_result (subject_id)");
        jdbc.execute("ANALYZE elig_result");
    }
}
