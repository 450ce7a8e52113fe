package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.CorrectionItem;
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
 * The notices a case issues: the acceptance receipt, the correction notice (every item, once), the non-acceptance
 * notice, the forwarding notice, and an approval or refusal notice per decided subsidy (the approval names the bank
 * and the masked account number from intake). In the act's transaction only what is due is recorded ({@link
 * DueNotices}); after the commit {@link NoticeIssuer} has each rendered here by {@link Notices} in Chinese and attached
 * to the application through intake's {@link ApplicationDocuments}, where the applicant sees it.
 */
@Component
class CaseNotices {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Notices notices;
    private final Applications applications;
    private final ActingOffices offices;
    private final CaseFlow flow;
    private final Deadlines deadlines;
    private final DueNotices due;

    CaseNotices(
            Notices notices,
            Applications applications,
            ActingOffices offices,
            CaseFlow flow,
            Deadlines deadlines,
            DueNotices due) {
        this.notices = notices;
        this.applications = applications;
        this.offices = offices;
        this.flow = flow;
        this.deadlines = deadlines;
        this.due = due;
    }

    // In the act: what is due

    void acceptanceReceipt(ReviewCase c, LocalDate on) {
        int days = c.chain != null ? c.chain.decisionBudget() : acceptanceBudget(c, on);
        due.record(
                c,
                new NoticeDue.Receipt(
                        c.subsidies.keySet(),
                        c.channel,
                        c.receivingTownship,
                        c.submittedOn,
                        on,
                        days,
                        deadlines.plus(on, days).date()));
    }

    private int acceptanceBudget(ReviewCase c, LocalDate on) {
        PolicyInForce policy = flow.policyOf(c.receivingTownship, on);
        return policy.forwardingWorkingDays() + policy.decisionWorkingDays();
    }

    void correctionNotice(ReviewCase c, LocalDate on) {
        due.record(
                c,
                new NoticeDue.Correction(
                        c.ownerTownship, c.office, on, c.correctionItems, c.correctionNote, c.dueDate));
    }

    void nonAcceptance(ReviewCase c, NonAcceptanceReason reason, String explanation, LocalDate on) {
        due.record(
                c,
                new NoticeDue.NonAcceptance(
                        c.subsidies.keySet(), c.receivingTownship, c.submittedOn, on, reason, explanation));
    }

    void forwarding(ReviewCase c, String fromTownship, LocalDate on) {
        due.record(c, new NoticeDue.Forwarding(c.subsidies.keySet(), fromTownship, c.ownerTownship, c.submittedOn, on));
    }

    /** The refusal notice the decision owes, added to {@code owed} (the act's notices, recorded by {@link #owe}). */
    void refusal(List<NoticeDue> owed, ReviewCase c, SubsidyOutcome outcome, LocalDate on) {
        owed.add(new NoticeDue.Refusal(
                outcome.subsidy(), outcome.reason(), outcome.explanation(), c.ownerTownship, c.office, on));
    }

    /** The approval notice the decision owes, added to {@code owed} (the act's notices, recorded by {@link #owe}). */
    void approval(
            List<NoticeDue> owed, ReviewCase c, SubsidyOutcome outcome, PaymentFrequency frequency, LocalDate on) {
        owed.add(new NoticeDue.Approval(
                outcome.subsidy(),
                outcome.monthlyAmount(),
                outcome.startMonth(),
                frequency,
                c.ownerTownship,
                c.office,
                on));
    }

    /** Records every notice of the act (before the case's save) with one insert. */
    void owe(ReviewCase c, List<NoticeDue> owed) {
        due.record(c, owed);
    }

    // After the commit: the PDF

    /** The notice's PDF, in Chinese, for the application with that number. */
    byte[] render(ApplicationId id, String number, NoticeDue notice) {
        Addressee to = addressee(id, number);
        if (notice instanceof NoticeDue.Receipt r) {
            return notices.acceptanceReceipt(receipt(to, r), LANGUAGE);
        }
        if (notice instanceof NoticeDue.Correction n) {
            return notices.correctionNotice(correction(to, n), LANGUAGE);
        }
        if (notice instanceof NoticeDue.NonAcceptance n) {
            return notices.nonAcceptanceNotice(nonAcceptance(to, n), LANGUAGE);
        }
        if (notice instanceof NoticeDue.Forwarding f) {
            return notices.forwardingNotice(forwarding(to, f), LANGUAGE);
        }
        if (notice instanceof NoticeDue.Refusal r) {
            return notices.refusalNotice(refusal(to, r), LANGUAGE);
        }
        return notices.approvalNotice(approval(id, to, (NoticeDue.Approval) notice), LANGUAGE);
    }

    private AcceptanceReceipt receipt(Addressee to, NoticeDue.Receipt r) {
        return new AcceptanceReceipt(
                to,
                r.subsidies(),
                r.channel(),
                office(r.township(), ReviewOffice.TOWNSHIP),
                r.receivedOn(),
                r.acceptedOn(),
                r.decisionWorkingDays(),
                r.expectedDecisionBy());
    }

    private CorrectionNotice correction(Addressee to, NoticeDue.Correction n) {
        return new CorrectionNotice(
                to,
                office(n.township(), n.office()),
                n.on(),
                n.items().stream().map(CaseNotices::item).toList(),
                n.note(),
                n.dueDate());
    }

    private NonAcceptanceNotice nonAcceptance(Addressee to, NoticeDue.NonAcceptance n) {
        return new NonAcceptanceNotice(
                to,
                n.subsidies(),
                office(n.township(), ReviewOffice.TOWNSHIP),
                n.receivedOn(),
                n.on(),
                n.reason(),
                n.explanation());
    }

    private ForwardingNotice forwarding(Addressee to, NoticeDue.Forwarding f) {
        return new ForwardingNotice(
                to,
                f.subsidies(),
                office(f.from(), ReviewOffice.TOWNSHIP),
                office(f.to(), ReviewOffice.TOWNSHIP),
                f.receivedOn(),
                f.on());
    }

    private RefusalNotice refusal(Addressee to, NoticeDue.Refusal r) {
        return new RefusalNotice(
                to, r.subsidy(), r.reason(), r.explanation(), office(r.township(), r.office()), r.on());
    }

    private ApprovalNotice approval(ApplicationId id, Addressee to, NoticeDue.Approval a) {
        PayeeOnNotice payee = applications
                .payeeOnNotice(id)
                .orElseThrow(() -> new IllegalStateException("an approved application has a payee account: " + id));
        return new ApprovalNotice(
                to,
                a.subsidy(),
                a.monthlyAmount(),
                a.startMonth(),
                a.frequency(),
                payee.bankName(),
                payee.maskedAccountNumber(),
                office(a.township(), a.office()),
                a.on());
    }

    private Addressee addressee(ApplicationId id, String number) {
        ApplicantPerson person = applications.person(id);
        return Addressee.of(number, person.fullName(), person.residentId());
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
