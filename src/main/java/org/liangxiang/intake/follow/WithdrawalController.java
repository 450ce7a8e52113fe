package org.liangxiang.intake.follow;

import java.util.Locale;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationResource;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Withdrawing an application, after a confirmation page that says what it means. Whether it may still be withdrawn
 * (before a decision) is intake's to decide: a refusal comes back as a page naming the status.
 */
@Controller
class WithdrawalController {

    private final ApplicationSubmissions submissions;
    private final FollowViews views;

    WithdrawalController(ApplicationSubmissions submissions, FollowViews views) {
        this.submissions = submissions;
        this.views = views;
    }

    @GetMapping(FollowViews.BASE + "/{id}/withdrawal")
    String confirm(
            @AuthenticationPrincipal SignedInApplicant applicant, @PathVariable String id, Model model, Locale locale) {
        ApplicationResource r = views.resource(Actor.applicant(applicant.accountId()), ApplicationId.of(id), locale);
        if (!ApplicationStatus.valueOf(r.status()).open()) {
            return "redirect:" + FollowViews.BASE + "/" + r.id();
        }
        model.addAttribute("app", r);
        model.addAttribute("subsidies", views.subsidies(r, locale));
        return "intake/follow/withdrawal";
    }

    @PostMapping(FollowViews.BASE + "/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInApplicant applicant, @PathVariable String id) {
        ApplicationId applicationId = ApplicationId.of(id);
        submissions.withdraw(Actor.applicant(applicant.accountId()), applicationId);
        return "redirect:" + FollowViews.BASE + "/" + applicationId + "?withdrawn";
    }
}
