package org.liangxiang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.PortalChannels;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmitterKind;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The application form for applicants and agents ({@code /apply}): the start page lists the account's drafts to resume;
 * the channel is ONLINE_MOBILE when the session came through {@code /m}, else ONLINE_WEB. Someone applying for
 * themself finds their bound real name filled in. Consent comes first ({@link ConsentFirst}).
 */
@Controller
@RequestMapping(ApplyController.BASE)
class ApplyController extends ApplicationFinishController {

    static final String BASE = "/apply";

    private final ApplicantAccounts accounts;
    private final Applications applications;

    ApplyController(FormServices services, FormPages pages, ApplicantAccounts accounts, Applications applications) {
        super(services, pages);
        this.accounts = accounts;
        this.applications = applications;
    }

    @GetMapping
    String startPage(Authentication auth, Model model) {
        model.addAttribute("drafts", applications.drafts(actor(auth).accountId()));
        model.addAttribute("audience", audience(auth));
        return "intake/apply/start";
    }

    @Override
    Actor actor(Authentication auth) {
        return Actor.applicant(((SignedInApplicant) auth.getPrincipal()).accountId());
    }

    @Override
    FormPages.Audience audience(Authentication auth) {
        return new FormPages.Audience(actor(auth), BASE, false, "/api/applications", services.homeProvince());
    }

    @Override
    String channel(HttpServletRequest request) {
        return PortalChannels.current(request);
    }

    @Override
    PersonDetails known(Authentication auth, StartAnswers start) {
        boolean self = start.kind() == null || SubmitterKind.PERSON.name().equals(start.kind());
        if (!self) {
            return null;
        }
        return accounts.boundPerson(actor(auth).accountId())
                .map(p -> new PersonDetails(p.fullName(), p.residentId(), p.certificateNumber(), null, null, false))
                .orElse(null);
    }
}
