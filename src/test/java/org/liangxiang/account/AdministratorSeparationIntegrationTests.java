package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.AsOwner;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三员分立: one natural person (known by the resident id on their identity card) holds at most one of the system,
 * security and audit administrator accounts. The service refuses naming the field and rule; the database refuses even a
 * row written past the service, as the owner.
 */
@IntegrationTest
class AdministratorSeparationIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @Autowired
    StaffAccounts staff;

    @Autowired
    PersonalData personalData;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Environment env;

    private UUID create(StaffRole role, String personId) {
        String username = "sep-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(
                s -> staff.create(new NewStaffAccount(username, "测试管理员", personId, PASSWORD, role, "410000"), "test"));
    }

    @ParameterizedTest(name = "a {0} may not also be a {1}")
    @CsvSource({
        "SYSTEM_ADMIN,   SECURITY_ADMIN",
        "SYSTEM_ADMIN,   AUDIT_ADMIN",
        "SECURITY_ADMIN, AUDIT_ADMIN",
        "AUDIT_ADMIN,    SYSTEM_ADMIN",
        "SYSTEM_ADMIN,   SYSTEM_ADMIN",
    })
    void onePersonHoldsAtMostOneAdministratorAccount(StaffRole first, StaffRole second) {
        String person = TestResidentIds.random();
        create(first, person);

        assertThatThrownBy(() -> create(second, person)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("personId");
            assertThat(e.rule()).isEqualTo("ONE_ADMINISTRATOR_ROLE_PER_PERSON");
        });
    }

    @Test
    void anAdministratorMayAlsoHaveABusinessAccountAndTwoPeopleTwoAdministratorRoles() {
        String person = TestResidentIds.random();
        create(StaffRole.SECURITY_ADMIN, person);
        assertThat(create(StaffRole.PROVINCE_SUPERVISOR, person)).isNotNull();
        assertThat(create(StaffRole.AUDIT_ADMIN, TestResidentIds.random())).isNotNull();
    }

    @Test
    void anAdministratorAccountNeedsThePersonsResidentId() {
        assertThatThrownBy(() -> create(StaffRole.AUDIT_ADMIN, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.rule()).isEqualTo("PERSON_ID_REQUIRED");
                });
    }

    @Test
    void theDatabaseRefusesASecondAdministratorRowForThePersonEvenFromTheOwner() throws Exception {
        String person = TestResidentIds.random();
        create(StaffRole.SYSTEM_ADMIN, person);
        byte[] index = personalData.index(PersonalData.RESIDENT_ID, person);

        assertThatThrownBy(() -> insertDirectly("AUDIT_ADMIN", index))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("staff_account_one_administrator_per_person");
        assertThatThrownBy(() -> insertDirectly("SECURITY_ADMIN", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("staff_account_administrator_has_person");
    }

    @Test
    void theDatabaseRefusesTurningABusinessAccountIntoASecondAdministratorAccount() throws Exception {
        String person = TestResidentIds.random();
        create(StaffRole.AUDIT_ADMIN, person);
        UUID clerk = create(StaffRole.TOWNSHIP_CLERK, person);
        try (Connection c = AsOwner.connect(env);
                PreparedStatement ps =
                        c.prepareStatement("UPDATE staff_account SET role = 'SYSTEM_ADMIN' WHERE id = ?")) {
            ps.setObject(1, clerk);
            assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("staff_account_one_administrator_per_person");
        }
    }

    private void insertDirectly(String role, byte[] personIndex) throws SQLException {
        try (Connection c = AsOwner.connect(env);
                PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO staff_account (id, username, full_name_sealed, person_id_index, password_hash,
                                                   role, jurisdiction)
                        VALUES (?, ?, '\\x00'::bytea, ?, 'x', ?, '410000')""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, "direct-" + UUID.randomUUID().toString().substring(0, 8));
            ps.setBytes(3, personIndex);
            ps.setString(4, role);
            ps.executeUpdate();
        }
    }
}
