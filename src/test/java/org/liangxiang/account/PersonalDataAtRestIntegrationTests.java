package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.AsOwner;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a person (mobile, name, resident id, certificate number) and then searches every table of the database, as
 * the owner, for any of those values in plaintext — as text or as the hex of their UTF-8 bytes inside a binary column.
 */
@IntegrationTest
class PersonalDataAtRestIntegrationTests {

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Environment env;

    @Test
    void noTableHoldsTheResidentIdCertificateNumberPhoneOrNameInPlaintext() throws Exception {
        Random random = new Random(20261129L);
        String residentId = validResidentId(random);
        String certificate = residentId + "42";
        String mobile = "137" + String.format("%08d", random.nextInt(100_000_000));
        String name = "测试" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        tx.executeWithoutResult(s -> {
            UUID id = applicants.register(mobile, "a-long-test-password-1");
            applicants.bindRealName(
                    id, name, ResidentId.of(residentId), CertificateNumber.of(certificate, ResidentId.of(residentId)));
        });
        assertThat(applicants.findByResidentId(ResidentId.of(residentId))).isPresent();

        assertThat(tablesContaining(residentId)).isEmpty();
        assertThat(tablesContaining(certificate)).isEmpty();
        assertThat(tablesContaining(mobile)).isEmpty();
        assertThat(tablesContaining(name)).isEmpty();
        assertThat(tablesContaining(residentId.substring(6, 14) + residentId.substring(14)))
                .as("nor a recognisable part of the id")
                .isEmpty();
    }

    @Test
    void theScanFindsAPlaintextValueWhenOneIsStored() throws Exception {
        String planted =
                "410102" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = ownerConnection()) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS scan_probe (v BYTEA)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scan_probe VALUES (convert_to(?, 'UTF8'))")) {
                ps.setString(1, planted);
                ps.execute();
            }
        }
        try {
            assertThat(tablesContaining(planted)).containsExactly("scan_probe");
        } finally {
            try (Connection c = ownerConnection()) {
                c.createStatement().execute("DROP TABLE scan_probe");
            }
        }
    }

    private List<String> tablesContaining(String value) throws Exception {
        return AsOwner.tablesContaining(env, List.of(value));
    }

    private Connection ownerConnection() throws Exception {
        return AsOwner.connect(env);
    }

    static String validResidentId(Random random) {
        String first17 = "410102" + (1940 + random.nextInt(60)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
