package org.liangxiang.eligibility;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a certificate of the reference data, as the blind index of their resident id (never the id itself): how the
 * notification side finds the holder's account for a {@link CertificateExpiringSoon} reminder.
 */
@Service
public class CertificateHolders {

    private final JdbcClient jdbc;

    CertificateHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The resident-id blind index of the certificate fact's holder; empty for an unknown certificate fact. */
    @Transactional(readOnly = true)
    public Optional<byte[]> residentIdIndexOf(UUID certificateFactId) {
        return jdbc.sql("SELECT resident_index FROM elig_fact WHERE id = ? AND source = 'CERTIFICATE'")
                .param(certificateFactId)
                .query(byte[].class)
                .optional();
    }
}
