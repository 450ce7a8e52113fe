package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The second factor: enrolment, a window of one step either side, each step accepted once, reset by the administrator. */
@IntegrationTest
class SecondFactorsIntegrationTests {

    @Autowired
    SecondFactors factors;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private UUID newAccount() {
        String username = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(s ->
                staff.create(username, "测试员", "a-long-test-password-1", StaffRole.TOWNSHIP_CLERK, "410102001", "test"));
    }

    private UUID enrolled(String[] secretOut, Instant at) {
        UUID id = newAccount();
        String secret = factors.pendingSecret(id);
        assertThat(factors.isEnrolled(id)).isFalse();
        assertThat(factors.verify(id, Totp.codeAt(secret, at), at))
                .as("pending: no sign-in yet")
                .isFalse();
        Boolean confirmed = tx.execute(s -> factors.confirm(id, Totp.codeAt(secret, at), at));
        assertThat(confirmed).isTrue();
        secretOut[0] = secret;
        return id;
    }

    @Test
    void theEnrolmentSecretIsSealedAndStaysTheSameUntilConfirmed() {
        UUID id = newAccount();
        String secret = factors.pendingSecret(id);
        assertThat(factors.pendingSecret(id)).isEqualTo(secret);
        byte[] stored = jdbc.sql("SELECT secret_sealed FROM staff_second_factor WHERE account_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
        String wrong = "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000";
        Boolean confirmed = tx.execute(s -> factors.confirm(id, wrong, Instant.now()));
        assertThat(confirmed).isFalse();
    }

    @Test
    void eachStepIsAcceptedOnceAndNeverAnOlderOne() {
        Instant t = Instant.parse("2026-11-30T08:00:10Z");
        String[] secret = new String[1];
        UUID id = enrolled(secret, t);
        Instant next = t.plusSeconds(30);

        assertThat(factors.verify(id, Totp.codeAt(secret[0], t), t))
                .as("the enrolment code again")
                .isFalse();
        assertThat(factors.verify(id, Totp.codeAt(secret[0], next), next)).isTrue();
        assertThat(factors.verify(id, Totp.codeAt(secret[0], next), next))
                .as("replay")
                .isFalse();
        Instant later = t.plusSeconds(90);
        assertThat(factors.verify(id, Totp.codeAt(secret[0], later), later)).isTrue();
        assertThat(factors.verify(id, Totp.codeAt(secret[0], t.plusSeconds(60)), later))
                .as("an older step than the last used")
                .isFalse();
    }

    @Test
    void aCodeOneStepEitherSideIsAcceptedButNotTwo() {
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        String[] secret = new String[1];
        UUID id = enrolled(secret, t.minusSeconds(600));

        assertThat(factors.verify(id, Totp.codeAt(secret[0], t.plusSeconds(60)), t))
                .isFalse();
        assertThat(factors.verify(id, Totp.codeAt(secret[0], t.minusSeconds(30)), t))
                .isTrue();
        assertThat(factors.verify(id, Totp.codeAt(secret[0], t.plusSeconds(30)), t))
                .isTrue();
        assertThat(factors.verify(id, "12345", t)).isFalse();
        assertThat(factors.verify(id, null, t)).isFalse();
    }
}
