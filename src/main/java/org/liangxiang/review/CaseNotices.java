package org.liangxiang.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.intake.PayeeOnNotice;
import org.liangxiang.policy.PaymentFrequency;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.review.notice.AcceptanceReceipt;
import org.liangxiang.review.notice.Addressee;
import org.liangxiang.review.notice.ApprovalNotice;
import org.liangxiang.review.notice.CorrectionNotice;
import org.liangxiang.review.notice.ForwardingNotice;
import org.liangxiang.review.notice.NonAcceptanceNotice;
import org.liangxiang.review.notice.Notices;
import org.liangxiang.review.notice.OfficeContact;
import org.liangxiang.review.notice.RefusalNotice;
import org.springframework.stereotype.Component;

/**
 * The notices a case issues, in the act's transaction: the acceptance receipt, the correction notice (every item,
 * once), the non-acceptance notice, the forwarding notice, and an approval or refusal notice per decided subsidy
 * (the approval names the bank and the masked account number from intake). Each is rendered
 * by {@link Notices} in Chinese from the records built here and attached to the application through intake's {@link
 * ApplicationDocuments}, where the applicant sees it.
 */
@Component
class CaseNotices {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Notices notices;
    private final ApplicationDocuments documents;
    private final Applications applications;
    private final ActingOffices offices;
    private final CaseFlow flow;
    private final Deadlines deadlines;

    CaseNotices(
            Notices notices,
            ApplicationDocuments documents,
            Applications applications,
            ActingOffices offices,
            CaseFlow flow,
            Deadlines deadlines) {
        this.notices = notices;
        this.documents = documents;
        this.applications = applications;
        this.offices = offices;
        this.flow = flow;
        this.deadlines = deadlines;
    }

    void acceptanceReceipt(ReviewCase c, LocalDate on) {
        PolicyInForce policy = flow.policyOf(c.receivingTownship, on);
        int days = c.chain != null
                ? c.chain.decisionBudget()
                : policy.forwardingWorkingDays() + policy.decisionWorkingDays();
        AcceptanceReceipt receipt = new AcceptanceReceipt(
                addressee(c),
                subsidies(c),
                c.channel,
                office(c.receivingTownship, ReviewOffice.TOWNSHIP),
                c.submittedOn,
                on,
                days,
                deadlines.plus(on, days).date());
        attach(c, NoticeKind.ACCEPTANCE_RECEIPT, notices.acceptanceReceipt(receipt, LANGUAGE));
    }

    void correctionNotice(ReviewCase c, LocalDate on) {
        CorrectionNotice notice = new CorrectionNotice(
                addressee(c),
                office(c.ownerTownship, c.office),
                on,
                c.correctionItems.stream().map(CaseNotices::item).toList(),
                c.correctionNote,
                c.dueDate);
        attach(c, NoticeKind.CORRECTION_NOTICE, notices.correctionNotice(notice, LANGUAGE));
    }

    void nonAcceptance(ReviewCase c, NonAcceptanceReason reason, String explanation, LocalDate on) {
        NonAcceptanceNotice notice = new NonAcceptanceNotice(
                addressee(c),
                subsidies(c),
                office(c.receivingTownship, ReviewOffice.TOWNSHIP),
                c.submittedOn,
                on,
                reason,
                explanation);
        attach(c, NoticeKind.NON_ACCEPTANCE_NOTICE, notices.nonAcceptanceNotice(notice, LANGUAGE));
    }

    void forwarding(ReviewCase c, String fromTownship, LocalDate on) {
        ForwardingNotice notice = new ForwardingNotice(
                addressee(c),
                subsidies(c),
                office(fromTownship, ReviewOffice.TOWNSHIP),
                office(c.ownerTownship, ReviewOffice.TOWNSHIP),
                c.submittedOn,
                on);
        attach(c, NoticeKind.FORWARDING_NOTICE, notices.forwardingNotice(notice, LANGUAGE));
    }

    void refusal(ReviewCase c, SubsidyOutcome outcome, LocalDate on) {
        RefusalNotice notice = new RefusalNotice(
                addressee(c),
                outcome.subsidy(),
                outcome.reason(),
                outcome.explanation(),
                office(c.ownerTownship, c.office),
                on);
        attach(c, NoticeKind.REFUSAL_NOTICE, notices.refusalNotice(notice, LANGUAGE));
    }

    void approval(ReviewCase c, SubsidyOutcome outcome, PaymentFrequency frequency, LocalDate on) {
        ApplicationId id = new ApplicationId(c.applicationId);
        PayeeOnNotice payee = applications
                .payeeOnNotice(id)
                .orElseThrow(() -> new IllegalStateException("an approved application has a payee account: " + id));
        ApprovalNotice notice = new ApprovalNotice(
                addressee(c),
                outcome.subsidy(),
                outcome.monthlyAmount(),
                outcome.startMonth(),
                frequency,
                payee.bankName(),
                payee.maskedAccountNumber(),
                office(c.ownerTownship, c.office),
                on);
        attach(c, NoticeKind.APPROVAL_NOTICE, notices.approvalNotice(notice, LANGUAGE));
    }

    private void attach(ReviewCase c, NoticeKind kind, byte[] pdf) {
        documents.attach(new ApplicationId(c.applicationId), kind, pdf);
    }

    private Addressee addressee(ReviewCase c) {
        ApplicantPerson person = applications.person(new ApplicationId(c.applicationId));
        return Addressee.of(c.number, person.fullName(), person.residentId());
    }

    private Set<org.liangxiang.shared.Subsidy> subsidies(ReviewCase c) {
        return c.subsidies.keySet();
    }

    private OfficeContact office(String township, ReviewOffice kind) {
        return OfficeContact.named(offices.officeOf(township, kind).displayName());
    }

    private static CorrectionNotice.Item item(CorrectionItem item) {
        return item.kind() == CorrectionItem.Kind.MATERIAL
                ? CorrectionNotice.Item.material(item.code())
                : CorrectionNotice.Item.field(item.code(), "intake.field." + item.code());
    }
}
