package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The single-column rules of the frequently written intake, review and notification tables are domains (checked only
 * when the column is written, parsed once per connection), the multi-column rules CHECK constraints
 * (V20261207_1000, _1010, _1020): PostgreSQL still refuses a value that breaks a rule (check_violation, 23514) and
 * takes one that keeps it, as the runtime role. Each scenario writes its rows in a transaction rolled back at its end,
 * so no job and no other test ever sees them.
 */
@IntegrationTest
class ColumnDomainsIntegrationTests {

    private static final String CHECK_VIOLATION = "23514";

    private static final List<String> TABLES = List.of(
            "intake_application",
            "intake_application_subsidy",
            "intake_idempotency_key",
            "review_case",
            "review_subsidy",
            "review_notice",
            "notification_sms");

    @Autowired
    DataSource dataSource;

    /** A column moved to a domain, a value its rule takes and values it refuses (SQL expressions). */
    record Rule(String table, String column, String domain, String good, List<String> bad) {

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule(
                        "intake_application",
                        "number",
                        "intake_application_number",
                        "'LX1101012026000000123'",
                        List.of("'LX110101202612345'", "'XX1101012026000123'")),
                new Rule(
                        "intake_application",
                        "status",
                        "intake_status",
                        "'SUBMITTED'",
                        List.of("'ARCHIVED'", "'submitted'")),
                new Rule("intake_application", "channel", "intake_channel", "'WINDOW'", List.of("'FAX'")),
                new Rule(
                        "intake_application",
                        "receiving_township",
                        "intake_township",
                        "'110101002'",
                        List.of("'11010100'", "'11010100A'")),
                new Rule("intake_application", "home_township", "intake_township", "'110101003'", List.of("'1'")),
                new Rule(
                        "intake_application",
                        "subsidies",
                        "intake_subsidies",
                        "ARRAY['CARE', 'LIVING']",
                        List.of(
                                "CAST(ARRAY[] AS TEXT[])",
                                "ARRAY['LIVING', 'OTHER']",
                                "ARRAY['LIVING', 'CARE', 'LIVING']")),
                new Rule(
                        "intake_application",
                        "submitter_kind",
                        "intake_submitter_kind",
                        "'PERSON'",
                        List.of("'NEIGHBOUR'")),
                new Rule("intake_application_subsidy", "subsidy", "intake_subsidy", "'CARE'", List.of("'RENT'")),
                new Rule(
                        "intake_application_subsidy",
                        "outcome",
                        "intake_subsidy_outcome",
                        "'REFUSED'",
                        List.of("'PENDING'")),
                new Rule(
                        "intake_idempotency_key",
                        "idempotency_key",
                        "intake_idempotency_key_text",
                        "repeat('k', 200)",
                        List.of("''", "repeat('k', 201)")),
                new Rule("intake_idempotency_key", "state", "intake_idempotency_state", "'DONE'", List.of("'FAILED'")),
                new Rule(
                        "review_case", "receiving_township", "review_township", "'110101002'", List.of("'1101010021'")),
                new Rule("review_case", "home_township", "review_township", "'110101003'", List.of("'abc'")),
                new Rule(
                        "review_case",
                        "owner_township",
                        "review_township",
                        "'110101004'",
                        List.of("'11010100'", "'x10101004'")),
                new Rule("review_case", "target_province", "review_province", "'110000'", List.of("'110100'")),
                new Rule("review_case", "clock_budget", "review_clock_days", "0", List.of("-1")),
                new Rule("review_case", "clock_used", "review_clock_days", "3", List.of("-1")),
                new Rule(
                        "review_case",
                        "correction_note",
                        "review_note",
                        "repeat('n', 2000)",
                        List.of("repeat('n', 2001)")),
                new Rule(
                        "review_subsidy",
                        "explanation",
                        "review_note",
                        "repeat('e', 2000)",
                        List.of("repeat('e', 2001)")),
                new Rule("review_notice", "kind", "review_notice_kind", "'APPROVAL_NOTICE'", List.of("'REMINDER'")),
                new Rule("notification_sms", "status", "notification_sms_status", "'SENT'", List.of("'LOST'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void anUpdateBreakingTheRuleIsRefusedAndOneKeepingItTaken(Rule rule) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Rows rows = Rows.insert(c);
                assertThat(columnType(c, rule.table(), rule.column())).isEqualTo(rule.domain());
                String update =
                        "UPDATE " + rule.table() + " SET " + rule.column() + " = %s WHERE " + rows.key(rule.table());
                for (String bad : rule.bad()) {
                    assertRefused(c, update.formatted(bad), rule.domain());
                }
                assertThat(inSavepoint(c, update.formatted(rule.good()))).isEqualTo(1);
                assertThat(value(
                                c,
                                "SELECT " + rule.column() + " = " + rule.good() + " FROM " + rule.table() + " WHERE "
                                        + rows.key(rule.table())))
                        .isEqualTo("t");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void anInsertBreakingARuleIsRefused() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Rows rows = Rows.insert(c);
                assertRefused(
                        c,
                        "INSERT INTO review_notice (application_id, act_version, kind, details)" + " VALUES ('"
                                + rows.application + "', 2, 'REMINDER', '{}')",
                        "review_notice_kind");
                assertRefused(c, Rows.sms(UUID.randomUUID(), "'LOST'"), "notification_sms_status");
                assertRefused(c, Rows.application(UUID.randomUUID(), "'ARCHIVED'", "'ONLINE_WEB'"), "intake_status");
                assertThat(inSavepoint(c, Rows.sms(UUID.randomUUID(), "'GAVE_UP'")))
                        .isEqualTo(1);
                // the multi-column rules are CHECK constraints still: a partner's channel needs the partner
                assertRefused(c, Rows.application(UUID.randomUUID(), "'DRAFT'", "'PARTNER'"), "intake_application");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void onlyTheMultiColumnRulesAreLeftAsCheckConstraints() throws SQLException {
        List<String> checks = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT c.conrelid::regclass::text || ': '
                               || string_agg(a.attname, ', ' ORDER BY a.attname)
                          FROM pg_constraint c
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                         WHERE c.contype = 'c' AND c.conrelid::regclass::text = ANY (?)
                         GROUP BY c.oid, c.conrelid""")) {
            ps.setArray(1, c.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checks.add(rs.getString(1));
                }
            }
        }
        assertThat(checks)
                .containsExactlyInAnyOrder(
                        "intake_application: external_id, partner",
                        "intake_application: channel, partner",
                        "intake_application: agent_relationship, submitter_kind",
                        "intake_application_subsidy: open, outcome",
                        "review_notice: document_id, issued_at");
    }

    /** One row in each of the tables, every rule kept, written on the connection's open transaction. */
    private record Rows(UUID application, UUID account, UUID sms) {

        static Rows insert(Connection c) throws SQLException {
            Rows rows = new Rows(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            String id = "'" + rows.application + "'";
            update(c, application(rows.application, "'DRAFT'", "'ONLINE_WEB'"));
            update(
                    c,
                    "INSERT INTO intake_application_subsidy (application_id, subsidy, resident_id_index, open)"
                            + " VALUES (" + id + ", 'LIVING', '\\x00', false)");
            update(
                    c,
                    "INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)"
                            + " VALUES ('" + rows.account + "', 'key', '\\x00', 'RUNNING')");
            update(c, """
                    INSERT INTO review_case (application_id, number, channel, receiving_township, home_township,
                                             owner_township, submitted_on, state, worklist, office, office_region,
                                             clock_budget)
                    VALUES (%s, 'LX1101012026000000001', 'ONLINE_WEB', '110101001', '110101001', '110101001',
                            current_date, 'IN_REVIEW', 'ACCEPTANCE', 'TOWNSHIP', '110101001', 5)""".formatted(id));
            update(c, "INSERT INTO review_subsidy (application_id, subsidy) VALUES (" + id + ", 'LIVING')");
            update(
                    c,
                    "INSERT INTO review_notice (application_id, act_version, kind, details)" + " VALUES (" + id
                            + ", 1, 'ACCEPTANCE_RECEIPT', '{}')");
            update(c, sms(rows.sms, "'QUEUED'"));
            return rows;
        }

        static String application(UUID id, String status, String channel) {
            long serial = ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
            return """
                    INSERT INTO intake_application (id, number, status, channel, receiving_township, home_township,
                                                    subsidies, submitter_kind, full_name_sealed, resident_id_sealed,
                                                    resident_id_index, certificate_number_sealed,
                                                    household_address_sealed, created_by)
                    VALUES ('%s', 'LX1101012026%d', %s, %s, '110101001', '110101001', ARRAY['LIVING'], 'PERSON',
                            '\\x00', '\\x00', '\\x00', '\\x00', '\\x00', 'test')""".formatted(id, serial, status, channel);
        }

        static String sms(UUID id, String status) {
            return """
                    INSERT INTO notification_sms (id, event_id, account_id, kind, template_code, parameters,
                                                  phone_masked, phone_sealed, status, next_attempt_at)
                    VALUES ('%s', '%s', '%s', 'TEST', 'TEST', ARRAY[]::text[], '138****0000', '\\x00', %s, now())""".formatted(id, UUID.randomUUID(), UUID.randomUUID(), status);
        }

        String key(String table) {
            return switch (table) {
                case "intake_application" -> "id = '" + application + "'";
                case "intake_idempotency_key" -> "account_id = '" + account + "'";
                case "notification_sms" -> "id = '" + sms + "'";
                default -> "application_id = '" + application + "'";
            };
        }
    }

    /** Runs the statement in a savepoint, expecting PostgreSQL to refuse it by the named domain's or table's rule. */
    private static void assertRefused(Connection c, String sql, String ruleOf) {
        assertThatThrownBy(() -> inSavepoint(c, sql)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).as(sql).isEqualTo(CHECK_VIOLATION);
            assertThat(e.getMessage()).as(sql).contains(ruleOf);
        });
    }

    /** The statement's update count; on failure the transaction goes back to before it and stays usable. */
    private static int inSavepoint(Connection c, String sql) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            int count = update(c, sql);
            c.releaseSavepoint(savepoint);
            return count;
        } catch (SQLException e) {
            c.rollback(savepoint);
            throw e;
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }

    private static String value(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String columnType(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = CAST(? AS regclass)"
                        + " AND attname = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
