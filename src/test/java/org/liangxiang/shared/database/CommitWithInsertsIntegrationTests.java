package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.RoundTrips;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's transaction manager sends a transaction's kept rows ({@link InsertsAtCommit}, here the audit
 * trail's) and its {@code COMMIT} as one request: one round trip fewer than Spring's own manager, the same rows
 * committed, a failure of either rolling back all of it, the transaction's synchronizations told the outcome. Round
 * trips are counted from the driver's protocol log on this thread.
 */
@IntegrationTest
class CommitWithInsertsIntegrationTests {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionInterceptor interceptor;

    private static AuditEntry entry(String object, String type) {
        return AuditEntry.of(type, "tester").withObject("TEST", object);
    }

    @Test
    void theApplicationsTransactionManagerIsThisOne() {
        assertThat(transactions).isInstanceOf(CommitWithInserts.class);
    }

    @Test
    void everyTransactionAttributeNamesThisManagerUnlessItNamesAnother() throws NoSuchMethodException {
        assertThat(interceptor.getTransactionAttributeSource()).isInstanceOf(ManagerNamed.class);

        TransactionAttribute unnamed = attribute("unnamed");
        TransactionAttribute readOnly = attribute("readOnly");
        TransactionAttribute other = attribute("namesAnother");

        assertThat(unnamed.getQualifier()).isEqualTo(CommitWithInserts.NAME);
        assertThat(readOnly.getQualifier()).isEqualTo(CommitWithInserts.NAME);
        assertThat(readOnly.isReadOnly()).isTrue();
        assertThat(other.getQualifier()).isEqualTo("another");
        assertThat(attribute("unnamed"))
                .as("named once: the source's own attribute")
                .isSameAs(unnamed);
    }

    /** What the interceptor reads for a method of {@link Acts}. */
    private TransactionAttribute attribute(String method) throws NoSuchMethodException {
        return interceptor
                .getTransactionAttributeSource()
                .getTransactionAttribute(Acts.class.getDeclaredMethod(method), Acts.class);
    }

    /** Methods as services declare them (never called: their attributes are read). */
    static class Acts {

        @Transactional
        void unnamed() {}

        @Transactional(readOnly = true)
        void readOnly() {}

        @Transactional("another")
        void namesAnother() {}
    }

    @Test
    void keptRowsGoWithTheCommitOneRoundTripFewerThanSpringsOwnManager() {
        warm(); // the pool's connection and the statements' first preparation out of the count
        String ours = UUID.randomUUID().toString();
        String springs = UUID.randomUUID().toString();

        int withTheCommit = RoundTrips.during(() -> statementAndKeptRows(new TransactionTemplate(transactions), ours));
        int before = RoundTrips.during(
                () -> statementAndKeptRows(new TransactionTemplate(new JdbcTransactionManager(dataSource)), springs));

        assertThat(before)
                .as("the statement, the kept rows' insert, the COMMIT")
                .isEqualTo(3);
        assertThat(withTheCommit)
                .as("the statement, the kept rows' insert with the COMMIT")
                .isEqualTo(2);
        assertThat(types(ours)).containsExactly("AT_ONCE", "FIRST", "SECOND");
        assertThat(types(springs)).containsExactly("AT_ONCE", "FIRST", "SECOND");
    }

    @Test
    void theStatementCarryingTheCommitIsTheKeptRowsInsertFollowedByCommit() {
        String object = UUID.randomUUID().toString();

        List<String> statements = ExecutedStatements.containing(
                "INSERT INTO audit_record",
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> trail.record(entry(object, "ONLY"))));

        assertThat(statements)
                .singleElement()
                .satisfies(sql ->
                        assertThat(sql).contains("INSERT INTO audit_record").contains(";\nCOMMIT]"));
        assertThat(types(object)).containsExactly("ONLY");
    }

    @Test
    void aTransactionWithNothingKeptCommitsByItsOwnCommit() {
        warm();
        String object = UUID.randomUUID().toString();

        int trips = RoundTrips.during(
                () -> new TransactionTemplate(transactions).executeWithoutResult(s -> atOnce(object)));

        assertThat(trips).as("the statement, the COMMIT").isEqualTo(2);
        assertThat(types(object)).containsExactly("AT_ONCE");
    }

    @Test
    void aFailedInsertWithTheCommitRollsBackTheTransactionAndItsSynchronizationsAreToldSo() {
        String object = UUID.randomUUID().toString();
        List<String> told = new ArrayList<>();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    atOnce(object);
                    trail.record(entry(object, "GOOD"));
                    trail.record(entry(object, "BROKEN").withReason("a zero byte \u0000 PostgreSQL refuses"));
                    TransactionSynchronizationManager.registerSynchronization(listener(told));
                }))
                .isInstanceOf(DataAccessException.class);

        assertThat(types(object)).as("nothing of the transaction").isEmpty();
        assertThat(told)
                .containsExactly("beforeCommit", "afterCompletion " + TransactionSynchronization.STATUS_ROLLED_BACK);
        new TransactionTemplate(transactions).executeWithoutResult(s -> trail.record(entry(object, "NEXT")));
        assertThat(types(object)).as("the pool's connections still good").containsExactly("NEXT");
    }

    @Test
    void aCommittedTransactionsSynchronizationsRunAfterItsCommitAsBefore() {
        String object = UUID.randomUUID().toString();
        List<String> told = new ArrayList<>();

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "FIRST"));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    told.add("afterCommit sees " + types(object));
                }
            });
            TransactionSynchronizationManager.registerSynchronization(listener(told));
        });

        assertThat(told)
                .containsExactly(
                        "beforeCommit",
                        "afterCommit sees [FIRST]",
                        "afterCompletion " + TransactionSynchronization.STATUS_COMMITTED);
    }

    @Test
    void rowsKeptByAnotherSynchronizationsBeforeCommitGoWithTheCommitToo() {
        String object = UUID.randomUUID().toString();

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            atOnce(object);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    trail.record(entry(object, "KEPT_BEFORE_COMMIT"));
                }
            });
        });

        assertThat(types(object)).containsExactly("AT_ONCE", "KEPT_BEFORE_COMMIT");
    }

    @Test
    void aNewInnerTransactionCommitsItsOwnRowsWithItsOwnCommit() {
        String object = UUID.randomUUID().toString();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "OUTER"));
            inner.executeWithoutResult(n -> trail.record(entry(object, "INNER")));
            assertThat(committedElsewhere(object))
                    .as("the inner one's, committed")
                    .containsExactly("INNER");
        });

        assertThat(types(object)).containsExactly("INNER", "OUTER");
    }

    private void statementAndKeptRows(TransactionTemplate template, String object) {
        template.executeWithoutResult(s -> {
            atOnce(object);
            trail.record(entry(object, "FIRST"));
            trail.record(entry(object, "SECOND"));
        });
    }

    private void warm() {
        String object = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            statementAndKeptRows(new TransactionTemplate(transactions), object);
            statementAndKeptRows(new TransactionTemplate(new JdbcTransactionManager(dataSource)), object);
        }
    }

    private static TransactionSynchronization listener(List<String> told) {
        return new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                told.add("beforeCommit");
            }

            @Override
            public void afterCompletion(int status) {
                told.add("afterCompletion " + status);
            }
        };
    }

    private void atOnce(String object) {
        jdbc.sql("INSERT INTO audit_record (id, type, actor_id, object_type, object_id)"
                        + " VALUES (?, 'AT_ONCE', 'tester', 'TEST', ?)")
                .params(UUID.randomUUID(), object)
                .update();
    }

    /** The object's record types in the order written. */
    private List<String> types(String object) {
        return jdbc.sql("SELECT type FROM audit_record WHERE object_type = 'TEST' AND object_id = ? ORDER BY seq")
                .param(object)
                .query(String.class)
                .list();
    }

    /** The same, read by a connection of its own, outside the thread's transaction (what others see). */
    private List<String> committedElsewhere(String object) {
        try (Connection own = dataSource.getConnection();
                PreparedStatement read = own.prepareStatement(
                        "SELECT type FROM audit_record WHERE object_type = 'TEST' AND object_id = ? ORDER BY seq")) {
            read.setString(1, object);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
