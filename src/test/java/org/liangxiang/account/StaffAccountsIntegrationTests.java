package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating staff accounts: each refusal names the field and the rule; a creation is audited with the account. */
@IntegrationTest
class StaffAccountsIntegrationTests {

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private UUID create(String username, String password, String jurisdiction) {
        return tx.execute(s -> staff.create(username, "测试", password, StaffRole.TOWNSHIP_CLERK, jurisdiction, "test"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3} {4}")
    @CsvSource({
        "short-pass,   short,                  410102001, password,     PASSWORD_TOO_SHORT",
        "unknown-area, a-long-test-password-1, 419999001, jurisdiction, JURISDICTION_UNKNOWN",
        "bad-format,   a-long-test-password-1, 4101,      jurisdiction, REGION_CODE_LENGTH",
    })
    void refusesNamingTheFieldAndRule(String name, String password, String jurisdiction, String field, String rule) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> create(username, password, jurisdiction))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(rule);
                });
        assertThat(staff.findByUsername(username)).as("nothing half-stored").isEmpty();
    }

    @Test
    void aTakenUserNameIsRefused() {
        String username = "taken-" + UUID.randomUUID().toString().substring(0, 6);
        create(username, "a-long-test-password-1", "410102001");
        assertThatThrownBy(() -> create(username, "a-long-test-password-1", "410102001"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("USERNAME_TAKEN"));
    }

    @Test
    void creationIsAuditedAndTheNameIsSealed() {
        String username = "sealed-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = create(username, "a-long-test-password-1", "410305001");
        assertThat(staff.fullNameOf(id)).isEqualTo("测试");
        assertThat(jdbc.sql(
                                "SELECT after_state FROM audit_record WHERE type = 'STAFF_ACCOUNT_CREATED' AND object_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("TOWNSHIP_CLERK@410305001");
    }
}
