package org.liangxiang.eligibility;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a certificate of the reference data, as the blind index of their resident id (never the id itself): how the
 * notification side finds the holders' accounts for a {@link CertificateExpiryRemindersDue} reminder.
 */
@Service
public class CertificateHolders {

    private final JdbcClient jdbc;

    CertificateHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The certificates the re-check run noticed as expiring within 6 months, with their holders' blind indexes. */
    @Transactional(readOnly = true)
    public List<ExpiringCertificate> expiringIn(UUID runId) {
        return jdbc.sql("""
                        SELECT n.certificate_fact_id, f.resident_index, n.valid_until
                          FROM elig_expiry_notice n
                          JOIN elig_fact f ON f.id = n.certificate_fact_id
                         WHERE n.run_id = ?""")
                .param(runId)
                .query((rs, i) -> new ExpiringCertificate(
                        rs.getObject(1, UUID.class),
                        rs.getBytes(2),
                        rs.getDate(3).toLocalDate()))
                .list();
    }
}
