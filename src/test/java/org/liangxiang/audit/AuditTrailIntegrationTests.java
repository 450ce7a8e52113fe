package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.crypto.Sm3;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static AuditEntry entry(String objectId) {
        return AuditEntry.of("APPLICATION_ACCEPTED", "staff-" + objectId.substring(0, 8))
                .withActor("TOWNSHIP_CLERK", "410102001")
                .withObject("APPLICATION", objectId)
                .withChange("SUBMITTED", "ACCEPTED")
                .withReason("材料齐全")
                .from("10.1.2.3");
    }

    @Test
    void anEntryRecordedInARolledBackTransactionIsGoneWithIt() {
        String object = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(entry(object));
            assertThat(records.forObject("APPLICATION", object)).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(records.forObject("APPLICATION", object)).isEmpty();
    }

    @Test
    void anEntryRecordedInACommittedTransactionStays() {
        String object = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> trail.record(entry(object)));
        List<AuditRecordView> found = records.forObject("APPLICATION", object);
        assertThat(found).singleElement().satisfies(view -> {
            assertThat(view.type()).isEqualTo("APPLICATION_ACCEPTED");
            assertThat(view.actorRole()).isEqualTo("TOWNSHIP_CLERK");
            assertThat(view.actorOffice()).isEqualTo("410102001");
            assertThat(view.before()).isEqualTo("SUBMITTED");
            assertThat(view.after()).isEqualTo("ACCEPTED");
            assertThat(view.reason()).isEqualTo("材料齐全");
            assertThat(view.occurredAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.HOURS));
        });
    }

    @Test
    void recordAloneSurvivesTheCallersRollback() {
        String object = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(entry(object));
            trail.recordAlone(AuditEntry.of("ACCESS_DENIED", "staff-x").withObject("APPLICATION", object));
            status.setRollbackOnly();
        });
        assertThat(records.forObject("APPLICATION", object))
                .extracting(AuditRecordView::type)
                .containsExactly("ACCESS_DENIED");
    }

    @Test
    void recordRequiresTheCallersTransaction() {
        String object = UUID.randomUUID().toString();
        assertThatThrownBy(() -> trail.record(entry(object))).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> trail.recordBulk(entry(object), 1, new byte[32]))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(records.forObject("APPLICATION", object)).isEmpty();
    }

    @Test
    void aBulkOperationIsOneRecordWithCountAndDigest() {
        String object = UUID.randomUUID().toString();
        byte[] digest = Sm3.hash("id-1\nid-2\nid-3".getBytes());
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> trail.recordBulk(
                        AuditEntry.of("BATCH_APPROVED", "staff-1").withObject("PAYMENT_BATCH", object), 3, digest));
        var stored = jdbc.sql("SELECT bulk_count, bulk_digest FROM audit_record WHERE object_id = :id")
                .param("id", object)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .single();
        assertThat(stored[0]).isEqualTo(3L);
        assertThat((byte[]) stored[1]).isEqualTo(digest);
    }

    @Test
    void aBulkDigestMustBeAnSm3Digest() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> trail.recordBulk(AuditEntry.of("BATCH_APPROVED", "s"), 3, new byte[16]))
                    .withMessageContaining("32 bytes");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> trail.recordBulk(AuditEntry.of("BATCH_APPROVED", "s"), -1, new byte[32]))
                    .withMessageContaining("negative");
            status.setRollbackOnly();
        });
    }

    @Test
    void recordAllWritesTheEntriesInTheirOrderInTheCallersTransaction() {
        String object = UUID.randomUUID().toString();
        List<AuditEntry> entries = List.of(
                entry(object),
                AuditEntry.of("SUBSIDY_APPROVED", "staff-2").withObject("APPLICATION", object),
                AuditEntry.of("STEP_COMPLETED", "staff-2")
                        .withActor("CIVIL_AFFAIRS_APPROVER", "410102")
                        .withObject("APPLICATION", object)
                        .withChange("CIVIL_AFFAIRS_DECISION", "DECIDED"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.recordAll(entries);
            status.setRollbackOnly();
        });
        assertThat(records.forObject("APPLICATION", object)).isEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> trail.recordAll(entries));
        List<AuditRecordView> written = records.forObject("APPLICATION", object);
        assertThat(written)
                .extracting(AuditRecordView::type)
                .containsExactly("APPLICATION_ACCEPTED", "SUBSIDY_APPROVED", "STEP_COMPLETED");
        assertThat(written).extracting(AuditRecordView::seq).isSorted().doesNotHaveDuplicates();
        assertThat(written.get(0).reason()).isEqualTo("材料齐全");
        assertThat(written.get(2).actorOffice()).isEqualTo("410102");
        assertThat(written.get(2).after()).isEqualTo("DECIDED");
        assertThatThrownBy(() -> trail.recordAll(entries)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aTimelineListsAnObjectsRecordsOldestFirst() {
        String object = UUID.randomUUID().toString();
        trail.recordAlone(entry(object));
        trail.recordAlone(AuditEntry.of("APPLICATION_RETURNED", "staff-2").withObject("APPLICATION", object));
        trail.recordAlone(
                AuditEntry.of("APPLICATION_RESUBMITTED", "applicant-9").withObject("APPLICATION", object));
        List<AuditRecordView> timeline = records.forObject("APPLICATION", object);
        assertThat(timeline)
                .extracting(AuditRecordView::type)
                .containsExactly("APPLICATION_ACCEPTED", "APPLICATION_RETURNED", "APPLICATION_RESUBMITTED");
        assertThat(timeline).extracting(AuditRecordView::seq).isSorted();
        assertThat(records.forObject("APPLICATION", UUID.randomUUID().toString()))
                .isEmpty();
    }

    @Test
    void theRuntimeRoleCannotChooseSeqOrTime() {
        for (String named : List.of(
                "INSERT INTO audit_record (seq, id, type, actor_id) VALUES (1, :id, 'FORGED', 'intruder')",
                "INSERT INTO audit_record (id, occurred_at, type, actor_id)"
                        + " VALUES (:id, TIMESTAMPTZ '2000-01-01 00:00:00Z', 'FORGED', 'intruder')")) {
            assertThatThrownBy(
                            () -> jdbc.sql(named).param("id", UUID.randomUUID()).update())
                    .as(named)
                    .satisfies(thrown -> assertThat(AuditPrivilegesIntegrationTests.sqlState(thrown))
                            .isEqualTo("42501"));
        }
    }

    @Test
    void aRecordGetsItsNumberAndTimeFromTheDatabase() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long before = jdbc.sql("SELECT last_value FROM audit_record_seq")
                    .query(Long.class)
                    .single();
            // the transaction's first write: it has no transaction id until the record's number asks for one
            jdbc.sql("INSERT INTO audit_record (id, type, actor_id) VALUES (:first, 'TEST', 'tester'),"
                            + " (:second, 'TEST', 'tester')")
                    .param("first", first)
                    .param("second", second)
                    .update();
            List<Long> seqs = jdbc.sql("SELECT seq FROM audit_record WHERE id IN (:first, :second) ORDER BY seq")
                    .param("first", first)
                    .param("second", second)
                    .query(Long.class)
                    .list();
            assertThat(seqs).hasSize(2).allSatisfy(seq -> assertThat(seq).isGreaterThan(before));
            assertThat(jdbc.sql("SELECT seq FROM audit_record WHERE id = :first")
                            .param("first", first)
                            .query(Long.class)
                            .single())
                    .as("rows take their numbers in the order they are written")
                    .isEqualTo(seqs.get(0));
            OffsetDateTime at = jdbc.sql("SELECT occurred_at FROM audit_record WHERE id = :first")
                    .param("first", first)
                    .query(OffsetDateTime.class)
                    .single();
            assertThat(at.toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
            status.setRollbackOnly();
        });
    }

    /**
     * The sealing job counts on a record's transaction having its id before the record's number (AuditSealer): the
     * number's default asks for the transaction id in a CASE condition, which PostgreSQL evaluates before the result.
     */
    @Test
    void theNumberIsTakenAfterTheTransactionId() {
        assertThat(jdbc.sql("""
                        SELECT btrim(regexp_replace(pg_get_expr(d.adbin, d.adrelid), '\\s+', ' ', 'g')) FROM pg_attrdef d
                          JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                         WHERE d.adrelid = 'audit_record'::regclass AND a.attname = 'seq'""").query(String.class).single())
                .isEqualTo("CASE WHEN (pg_current_xact_id() IS NOT NULL)"
                        + " THEN nextval('audit_record_seq'::regclass) ELSE NULL::bigint END");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_record'::regclass"
                                + " AND NOT tgisinternal")
                        .query(Long.class)
                        .single())
                .as("no trigger sets the number or the time any more")
                .isZero();
    }

    @Test
    void theRulesOnABulkRecordStillHold() {
        for (String broken : List.of(
                "INSERT INTO audit_record (id, type, actor_id, bulk_count, bulk_digest)"
                        + " VALUES (:id, 'TEST', 'tester', -1, decode(repeat('00', 32), 'hex'))",
                "INSERT INTO audit_record (id, type, actor_id, bulk_count, bulk_digest)"
                        + " VALUES (:id, 'TEST', 'tester', 2, decode(repeat('00', 31), 'hex'))",
                "INSERT INTO audit_record (id, type, actor_id, bulk_count) VALUES (:id, 'TEST', 'tester', 2)")) {
            assertThatThrownBy(() ->
                            jdbc.sql(broken).param("id", UUID.randomUUID()).update())
                    .as(broken)
                    .satisfies(thrown -> assertThat(AuditPrivilegesIntegrationTests.sqlState(thrown))
                            .isEqualTo("23514"));
        }
    }
}
