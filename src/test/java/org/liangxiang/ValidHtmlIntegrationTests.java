package org.liangxiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.ApplicantConsents;
import org.liangxiang.account.ApplicantPrincipals;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.follow.FollowFixtures;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Valid HTML (issue 6): the applicant's pages, anonymous and signed in (with a returned application, so that the
 * correction form and the notices show), fetched as the server renders them and checked by the Nu Html Checker.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ValidHtmlIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicantConsents consents;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Test
    void theApplicantsPagesAreValidHtml() throws Exception {
        FollowFixtures fixtures =
                new FollowFixtures(drafts, materials, submissions, required, applicants, reviews, worklists);
        UUID account = fixtures.account(FollowFixtures.newMobile(), null);
        ResidentId person = FollowFixtures.newPerson();
        fixtures.bind(account, person);
        consents.give(account, "ONLINE_WEB", "127.0.0.1");
        SubmittedApplication a = fixtures.online(account, person, null, Subsidy.LIVING, Subsidy.CARE);
        fixtures.returned(
                a, List.of(new CorrectionItem(CorrectionItem.Kind.MATERIAL, "DISABILITY_CERTIFICATE")), "证件页不清晰");
        SignedInApplicant who = ApplicantPrincipals.of(account, true);
        String mine = "/my/applications/" + a.id();

        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/login", "/register", "/login/code", "/guide", "/guide/self-check")) {
            pages.put(path, html(get(path)));
        }
        for (String path : List.of(
                "/me",
                "/apply",
                "/apply/new/who",
                "/my/applications",
                mine,
                mine + "/correction",
                mine + "/withdrawal",
                "/messages")) {
            pages.put(path, html(get(path).with(user(who))));
        }
        HtmlChecker.assertValid(pages);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI())
                .isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
