package org.liangxiang.notification;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.eligibility.CertificateExpiringSoon;
import org.liangxiang.eligibility.CertificateHolders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A certificate that expires within six months: a reminder to the holder's account, when the holder has one bound by
 * real name (matched by the resident id's blind index); nobody else is told. Sent the same way as application notices.
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
    void on(CertificateExpiringSoon event) {
        Optional<UUID> holder =
                holders.residentIdIndexOf(event.certificateId()).flatMap(applicants::findBoundByResidentIdIndex);
        holder.ifPresent(account -> notifications.notify(
                Notice.of(
                        event.envelope().eventId(),
                        NoticeKind.CERTIFICATE_EXPIRING,
                        null,
                        event.validUntil().toString()),
                Set.of(account)));
    }
}
