package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the trail writes a transaction's records: kept until the commit and written then by one insert, in the order
 * recorded; nothing on a rollback; a savepoint's rollback drops only what was recorded since; a reading in the
 * transaction writes what is kept first; an insert that fails at the commit fails the commit. Rows are counted by a
 * raw query (a {@link AuditRecords} read would write them), inserts from JdbcTemplate's DEBUG log on this thread.
 */
@IntegrationTest
class AuditTrailAtCommitIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private static AuditEntry entry(String object, String type) {
        return AuditEntry.of(type, "tester")
                .withActor("TOWNSHIP_CLERK", "410102001")
                .withObject("TEST", object);
    }

    @Test
    void aTransactionsEntriesAreWrittenInOrderByOneInsertWhenItCommits() {
        String object = UUID.randomUUID().toString();
        byte[] digest = Sm3.hash("id-1\nid-2".getBytes());

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "FIRST"));
            trail.recordAll(List.of(entry(object, "SECOND"), entry(object, "THIRD")));
            trail.recordBulk(entry(object, "FOURTH"), 2, digest);
            trail.record(entry(object, "FIFTH").withReason("材料齐全"));
            assertThat(stored(object)).as("kept until the commit").isZero();
        }));

        assertThat(inserts).hasSize(1);
        List<AuditRecordView> written = records.forObject("TEST", object);
        assertThat(written)
                .extracting(AuditRecordView::type)
                .containsExactly("FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH");
        assertThat(written).extracting(AuditRecordView::seq).containsExactlyElementsOf(consecutiveFrom(written));
        assertThat(written.get(4).reason()).isEqualTo("材料齐全");
        assertThat(written.get(0).actorOffice()).isEqualTo("410102001");
        var bulk = jdbc.sql("SELECT bulk_count, bulk_digest FROM audit_record WHERE object_id = ? AND type = 'FOURTH'")
                .param(object)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .single();
        assertThat(bulk[0]).isEqualTo(2L);
        assertThat((byte[]) bulk[1]).isEqualTo(digest);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE object_id = ? AND bulk_count IS NOT NULL")
                        .param(object)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTransactionRecordingMoreThanOneStatementTakesWritesThemByTwoInOrder() {
        String object = UUID.randomUUID().toString();
        int count = InsertsAtCommit.MOST_PARAMETERS / 13 + 1; // 13 bind parameters a row

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(s -> IntStream.range(0, count)
                        .forEach(i -> trail.record(entry(object, "STEP").withChange(null, "S" + i)))));

        assertThat(inserts).hasSize(2);
        List<AuditRecordView> written = records.forObject("TEST", object);
        assertThat(written)
                .extracting(AuditRecordView::after)
                .containsExactlyElementsOf(
                        IntStream.range(0, count).mapToObj(i -> "S" + i).toList());
    }

    @Test
    void aRolledBackTransactionWritesNothing() {
        String object = UUID.randomUUID().toString();

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "FIRST"));
            trail.recordAll(List.of(entry(object, "SECOND"), entry(object, "THIRD")));
            s.setRollbackOnly();
        }));

        assertThat(inserts).isEmpty();
        assertThat(stored(object)).isZero();
    }

    @Test
    void nestedTransactionsKeepOrDropTheirOwnEntries() {
        String object = UUID.randomUUID().toString();
        TransactionTemplate savepoint = nested();

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            savepoint.executeWithoutResult(n -> {
                trail.record(entry(object, "UNDONE_FIRST")); // the transaction's first record
                n.setRollbackOnly();
            });
            trail.record(entry(object, "OUTER"));
            savepoint.executeWithoutResult(n -> trail.record(entry(object, "KEPT")));
            savepoint.executeWithoutResult(n -> {
                trail.record(entry(object, "UNDONE"));
                n.setRollbackOnly();
            });
            trail.record(entry(object, "LAST"));
        }));

        assertThat(inserts).hasSize(1);
        assertThat(records.forObject("TEST", object))
                .extracting(AuditRecordView::type)
                .containsExactly("OUTER", "KEPT", "LAST");
    }

    @Test
    void aSavepointRolledBackAfterAReadDropsOnlyTheEntriesRecordedSinceIt() {
        String object = UUID.randomUUID().toString();
        TransactionTemplate savepoint = nested();

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "BEFORE_SAVEPOINT"));
            savepoint.executeWithoutResult(n -> {
                trail.record(entry(object, "UNDONE"));
                // both written now, after the savepoint: the database undoes both inserts
                assertThat(records.forObject("TEST", object)).hasSize(2);
                n.setRollbackOnly();
            });
            assertThat(stored(object)).isZero();
            trail.record(entry(object, "READ_BEFORE_SAVEPOINT"));
            assertThat(records.forObject("TEST", object)).hasSize(2);
            savepoint.executeWithoutResult(n -> {
                trail.record(entry(object, "UNDONE_TOO"));
                n.setRollbackOnly();
            });
            trail.record(entry(object, "LAST"));
        });

        assertThat(records.forObject("TEST", object))
                .extracting(AuditRecordView::type)
                .containsExactly("BEFORE_SAVEPOINT", "READ_BEFORE_SAVEPOINT", "LAST");
    }

    @Test
    void aNewInnerTransactionWritesItsOwnEntriesWhenItCommitsEvenIfTheOuterRollsBack() {
        String object = UUID.randomUUID().toString();
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "OUTER"));
            separate.executeWithoutResult(n -> trail.record(entry(object, "INNER")));
            assertThat(stored(object)).as("the inner one's, committed").isEqualTo(1);
            s.setRollbackOnly();
        }));

        assertThat(inserts).hasSize(1);
        assertThat(records.forObject("TEST", object))
                .extracting(AuditRecordView::type)
                .containsExactly("INNER");
    }

    @Test
    void anInsertFailingAtTheCommitFailsItAndNothingOfTheTransactionStays() {
        String object = UUID.randomUUID().toString();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    jdbc.sql("INSERT INTO audit_record (id, type, actor_id, object_type, object_id)"
                                    + " VALUES (?, 'WRITTEN_AT_ONCE', 'tester', 'TEST', ?)")
                            .params(UUID.randomUUID(), object)
                            .update();
                    trail.record(entry(object, "GOOD"));
                    trail.record(entry(object, "BROKEN").withReason("a zero byte \u0000 PostgreSQL refuses"));
                }))
                .isInstanceOf(DataAccessException.class);

        assertThat(stored(object)).isZero();
    }

    @Test
    void aReadInTheTransactionSeesItsEntriesAndLaterOnesAreWrittenAtTheCommit() {
        String object = UUID.randomUUID().toString();

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(entry(object, "FIRST"));
            trail.record(entry(object, "SECOND"));
            assertThat(records.forObject("TEST", object))
                    .extracting(AuditRecordView::type)
                    .containsExactly("FIRST", "SECOND");
            trail.record(entry(object, "THIRD"));
            assertThat(search.search(new AuditQuery("TEST", object, null, null, null, null), 0)
                            .rows())
                    .extracting(AuditRecordView::type)
                    .containsExactly("THIRD", "SECOND", "FIRST");
            trail.record(entry(object, "FOURTH"));
            assertThat(stored(object)).isEqualTo(3);
        }));

        assertThat(inserts).hasSize(3);
        List<AuditRecordView> written = records.forObject("TEST", object);
        assertThat(written).extracting(AuditRecordView::type).containsExactly("FIRST", "SECOND", "THIRD", "FOURTH");
        assertThat(written).extracting(AuditRecordView::seq).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTransactionWithoutSynchronizationWritesEachEntryAtOnce() {
        String object = UUID.randomUUID().toString();
        JdbcTransactionManager unsynchronized = new JdbcTransactionManager(dataSource);
        unsynchronized.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_NEVER);

        new TransactionTemplate(unsynchronized).executeWithoutResult(s -> {
            trail.record(entry(object, "FIRST"));
            assertThat(stored(object)).isEqualTo(1);
            trail.record(entry(object, "SECOND"));
            assertThat(stored(object)).isEqualTo(2);
            s.setRollbackOnly();
        });

        assertThat(stored(object)).isZero();
    }

    @Autowired
    InsertsAtCommit inserts;

    @Test
    void keptEntriesJoinedIntoACallersStatementAreWrittenByItOnceAndLaterOnesAtTheCommit() {
        String object = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();

        List<String> statements = ExecutedStatements.containing(
                "INSERT INTO audit_record",
                () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    trail.record(entry(object, "FIRST"));
                    trail.recordAll(List.of(entry(object, "SECOND"), entry(object, "THIRD")));
                    InsertsAtCommit.Joined joined = inserts.join("k");
                    assertThat(joined.parts()).startsWith("kw0 AS (INSERT INTO audit_record");
                    assertThat(joined.parameters()).hasSize(3 * 13).containsKeys("k0", "k38");
                    assertThat(inserts.join("k")).as("joined once").isEqualTo(InsertsAtCommit.Joined.NONE);
                    long selected = jdbc.sql(joined.into("SELECT count(*) FROM (VALUES (:marker)) AS m(v)"))
                            .params(joined.parameters())
                            .param("marker", marker)
                            .query(Long.class)
                            .single();
                    assertThat(selected).isEqualTo(1);
                    assertThat(stored(object))
                            .as("written by the caller's statement")
                            .isEqualTo(3);
                    trail.record(entry(object, "FOURTH"));
                    assertThat(stored(object))
                            .as("a later entry kept for the commit")
                            .isEqualTo(3);
                }));

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0))
                .contains("[WITH kw0 AS (INSERT INTO audit_record")
                .contains("FROM (VALUES");
        List<AuditRecordView> written = records.forObject("TEST", object);
        assertThat(written).extracting(AuditRecordView::type).containsExactly("FIRST", "SECOND", "THIRD", "FOURTH");
        assertThat(written).extracting(AuditRecordView::seq).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void joinedEntriesGoWithTheCallersTransactionAndNothingKeptOrNoTransactionJoinsNothing() {
        String object = UUID.randomUUID().toString();
        assertThat(inserts.join("k")).as("no transaction").isEqualTo(InsertsAtCommit.Joined.NONE);
        assertThat(InsertsAtCommit.Joined.NONE.into("UPDATE x SET y = 1")).isEqualTo("UPDATE x SET y = 1");

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            assertThat(inserts.join("k")).as("nothing kept").isEqualTo(InsertsAtCommit.Joined.NONE);
            trail.record(entry(object, "FIRST"));
            InsertsAtCommit.Joined joined = inserts.join("k");
            assertThat(joined.into("WITH a AS (SELECT 1) SELECT * FROM a"))
                    .startsWith("WITH kw0 AS (INSERT INTO ")
                    .endsWith("), a AS (SELECT 1) SELECT * FROM a");
            jdbc.sql(joined.into("SELECT 1"))
                    .params(joined.parameters())
                    .query(Integer.class)
                    .single();
            assertThat(stored(object)).isEqualTo(1);
            s.setRollbackOnly();
        });

        assertThat(stored(object))
                .as("rolled back with the caller's transaction")
                .isZero();
    }

    private TransactionTemplate nested() {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return savepoint;
    }

    private static List<Long> consecutiveFrom(List<AuditRecordView> written) {
        long first = written.get(0).seq();
        return IntStream.range(0, written.size()).mapToObj(i -> first + i).toList();
    }

    /** The object's rows visible to this transaction (or committed), without writing what a transaction keeps. */
    private long stored(String object) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE object_type = 'TEST' AND object_id = ?")
                .param(object)
                .query(Long.class)
                .single();
    }

    /** The inserts into the table this thread ran during the work. */
    private static List<String> insertsDuring(Runnable work) {
        return ExecutedStatements.containing("INSERT INTO audit_record", work);
    }
}
