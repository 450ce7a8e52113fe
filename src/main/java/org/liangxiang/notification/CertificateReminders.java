package org.liangxiang.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.eligibility.CertificateExpiryRemindersDue;
import org.liangxiang.eligibility.CertificateHolders;
import org.liangxiang.eligibility.ExpiringCertificate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Certificates that expire within six months (one event per re-check run): a reminder per certificate to the holder's
 * account, when the holder has one bound by real name (matched by the resident id's blind index, all of the run's
 * holders in one query); nobody else is told. Sent the same way as application notices, each under an id derived from
 * the run's event and the certificate, so that an event handled twice sends nothing twice.
 */
@Component
class CertificateReminders {

    private final CertificateHolders holders;
    private final ApplicantAccounts applicants;
    private final Notifications notifications;

    CertificateReminders(CertificateHolders holders, ApplicantAccounts applicants, Notifications notifications) {
        this.holders = holders;
        this.applicants = applicants;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CertificateExpiryRemindersDue event) {
        List<ExpiringCertificate> expiring = holders.expiringIn(event.runId());
        Map<ByteBuffer, UUID> bound = applicants.findBoundByResidentIdIndexes(
                expiring.stream().map(ExpiringCertificate::residentIdIndex).toList());
        for (ExpiringCertificate certificate : expiring) {
            UUID account = bound.get(ByteBuffer.wrap(certificate.residentIdIndex()));
            if (account != null) {
                notifications.notify(
                        Notice.of(
                                noticeId(event.envelope().eventId(), certificate.certificateId()),
                                NoticeKind.CERTIFICATE_EXPIRING,
                                null,
                                certificate.validUntil().toString()),
                        Set.of(account));
            }
        }
    }

    /** The reminder's id: the same for the same run's event and certificate, different for any other. */
    static UUID noticeId(UUID eventId, UUID certificateId) {
        return UUID.nameUUIDFromBytes(
                ("certificate-expiring:" + eventId + ":" + certificateId).getBytes(StandardCharsets.UTF_8));
    }
}
