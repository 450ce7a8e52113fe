package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;

/** {@code --audit-verify}: exit code 0 for an intact trail, 1 with the problem named otherwise. */
@IntegrationTest
class AuditVerifyCommandIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerification verification;

    @Autowired
    Environment env;

    private final List<Integer> exitCodes = new ArrayList<>();

    private AuditVerifyCommand command() {
        return new AuditVerifyCommand(verification, exitCodes::add);
    }

    @Test
    void withTheOptionItVerifiesAndExitsWithZeroWhenIntact() {
        trail.recordAlone(AuditEntry.of("TEST_STEP", "tester"));
        sealer.sealNow();
        command().run(new DefaultApplicationArguments("--audit-verify"));
        assertThat(exitCodes).containsExactly(0);
    }

    @Test
    void withoutTheOptionItDoesNothing() {
        command().run(new DefaultApplicationArguments("--server.port=0"));
        assertThat(exitCodes).isEmpty();
    }

    @Test
    void aBrokenTrailExitsWithOneAndNamesTheProblem() throws Exception {
        String object = UUID.randomUUID().toString();
        trail.recordAlone(
                AuditEntry.of("TEST_STEP", "tester").withObject("TEST", object).withChange("A", "B"));
        sealer.sealNow();
        long seq = records.forObject("TEST", object).get(0).seq();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update("UPDATE audit_record SET after_state = 'C' WHERE seq = ?", seq);
            try {
                code = command().verify(seq, new PrintStream(out, true, StandardCharsets.UTF_8));
            } finally {
                owner.update("UPDATE audit_record SET after_state = 'B' WHERE seq = ?", seq);
            }
        }
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("AUDIT TRAIL BROKEN at seq " + seq + ": ALTERED");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(command().verify(seq, new PrintStream(again, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("AUDIT TRAIL INTACT");
    }
}
