package org.liangxiang.review;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The notices a case issues (acceptance receipt, correction notice, non-acceptance notice, forwarding notice, a
 * decision notice per subsidy), rendered by review.notice and attached to the application through intake's
 * ApplicationDocuments. Wired once the notice templates are merged.
 */
@Component
class CaseNotices {

    void acceptanceReceipt(ReviewCase c, LocalDate on) {}

    void correctionNotice(ReviewCase c, LocalDate on) {}

    void nonAcceptance(ReviewCase c, NonAcceptanceReason reason, String explanation, LocalDate on) {}

    void forwarding(ReviewCase c, String fromTownship, LocalDate on) {}

    void approval(ReviewCase c, SubsidyOutcome outcome, LocalDate on) {}

    void refusal(ReviewCase c, SubsidyOutcome outcome, LocalDate on) {}
}
