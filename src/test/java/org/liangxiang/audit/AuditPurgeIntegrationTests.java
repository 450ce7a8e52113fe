package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge, called with a cutoff of now by the owner (the runtime role may only call it with six months or more):
 * it removes the sealed, checkpointed prefix of the trail, and verification goes on from the checkpoint it stopped at.
 * This empties the shared test trail up to that checkpoint, which no other test depends on.
 */
@IntegrationTest
class AuditPurgeIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment env;

    private String recordOne() {
        String object = UUID.randomUUID().toString();
        trail.recordAlone(AuditEntry.of("TEST_STEP", "tester").withObject("TEST", object));
        return object;
    }

    private long seqOf(String object) {
        return records.forObject("TEST", object).get(0).seq();
    }

    @Test
    void thePurgeRemovesOnlyACheckpointedPrefixAndVerificationStaysSound() throws Exception {
        String first = recordOne();
        String second = recordOne();
        sealer.sealNow();
        AuditCheckpoint checkpoint = sealer.checkpointNow();
        String afterCheckpoint = recordOne();
        sealer.sealNow();
        long afterSeq = seqOf(afterCheckpoint);
        assertThat(checkpoint.upToSeq()).isLessThan(afterSeq);

        long purged;
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            // the owner's session holds the chain lock; the function takes it again (re-entrant in one session)
            purged = (Long)
                    owner.query("SELECT audit_purge_before(clock_timestamp())").get(0)[0];
        }
        long boundary = jdbc.sql("SELECT max(up_to_seq) FROM audit_purge")
                .query(Long.class)
                .single();

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(boundary).isGreaterThanOrEqualTo(checkpoint.upToSeq());
        assertThat(records.forObject("TEST", first)).isEmpty();
        assertThat(records.forObject("TEST", second)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE seq <= :b")
                        .param("b", boundary)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_seal WHERE seq <= :b")
                        .param("b", boundary)
                        .query(Long.class)
                        .single())
                .isZero();
        if (afterSeq > boundary) {
            assertThat(records.forObject("TEST", afterCheckpoint)).hasSize(1);
        }
        List<AuditRecordView> purges = records.forObject("AUDIT_TRAIL", "audit_record");
        assertThat(purges).anySatisfy(view -> {
            assertThat(view.type()).isEqualTo("AUDIT_PURGED");
            assertThat(view.after()).contains("\"upToSeq\" : " + boundary);
        });

        AuditVerificationResult whole = verification.verify();
        assertThat(whole.ok()).as("%s", whole.problem()).isTrue();
        assertThat(whole.fromSeq()).isEqualTo(boundary);

        String later = recordOne();
        sealer.sealNow();
        AuditVerificationResult afterMore = verification.verify();
        assertThat(afterMore.ok()).as("%s", afterMore.problem()).isTrue();
        assertThat(afterMore.sealedUpTo()).isGreaterThanOrEqualTo(seqOf(later));
    }

    @Test
    void aPurgeWithNothingOldEnoughRemovesNothing() throws Exception {
        String object = recordOne();
        sealer.sealNow();
        sealer.checkpointNow();
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            long purged = (Long) owner.query("SELECT audit_purge_before(now() - INTERVAL '1 day')")
                    .get(0)[0];
            assertThat(purged).isZero();
        }
        assertThat(records.forObject("TEST", object)).hasSize(1);
    }
}
