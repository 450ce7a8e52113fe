package org.liangxiang.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar liangxiang.jar --audit-verify} (or {@code --audit-verify=<from seq>}): verifies the audit trail,
 * prints the result and exits with 0 when it is intact, 1 otherwise. {@link AuditVerifyCommandEnvironment} keeps the
 * web server from starting for it.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final AuditVerification verification;
    private final IntConsumer exit;

    @Autowired
    AuditVerifyCommand(AuditVerification verification, ConfigurableApplicationContext context) {
        this(verification, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    AuditVerifyCommand(AuditVerification verification, IntConsumer exit) {
        this.verification = verification;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            exit.accept(verify(fromSeq(args.getOptionValues(OPTION)), System.out));
        }
    }

    /** Verifies, prints the result and returns the exit code. */
    int verify(long fromSeq, PrintStream out) {
        AuditVerificationResult result = verification.verifyFrom(fromSeq);
        out.println(describe(result));
        return result.ok() ? 0 : 1;
    }

    static String describe(AuditVerificationResult r) {
        String checkpoint = r.lastCheckpoint() == null
                ? "no checkpoint yet"
                : "last checkpoint at seq " + r.lastCheckpoint().upToSeq() + " signed "
                        + r.lastCheckpoint().createdAt() + ", head "
                        + r.lastCheckpoint().headHash();
        String checked = r.recordsChecked() + " sealed records checked after seq " + r.fromSeq() + " up to seq "
                + r.sealedUpTo() + ", " + r.unsealedRecords() + " not sealed yet; " + checkpoint;
        if (r.ok()) {
            return "AUDIT TRAIL INTACT: " + checked;
        }
        return "AUDIT TRAIL BROKEN at seq " + r.problem().seq() + ": "
                + r.problem().kind() + " (" + r.problem().detail() + "); " + checked;
    }

    private static long fromSeq(List<String> values) {
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(values.get(0).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--audit-verify takes no value or the seq to start from, not '" + values.get(0) + "'");
        }
    }
}
