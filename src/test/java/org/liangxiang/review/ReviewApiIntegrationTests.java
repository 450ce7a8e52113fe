package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_B;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffPrincipals;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * /api/review as staff call it: their jurisdiction only (404 outside it at every endpoint), problem details naming the
 * field and rule, 409 with the case's current state, the worklists, the public-notice lists and bulk completion.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReviewApiIntegrationTests {

    static final SignedInStaff CLERK_A = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
    static final SignedInStaff CLERK_B = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_B);
    static final SignedInStaff FEDERATION = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, ZHONGYUAN);
    static final SignedInStaff LUOYANG_FEDERATION = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, "410305");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.liangxiang.policy.Policies policies;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    PartnerIntake partners;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    ResultActions read(SignedInStaff staff, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(staff)));
    }

    ResultActions act(SignedInStaff staff, String uri, String body) throws Exception {
        return mvc.perform(post(uri)
                .with(user(staff))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET  | ''                   | ",
                "POST | /accept              | {\"expectedVersion\": 0}",
                "POST | /return              | {\"expectedVersion\": 0, \"items\": [{\"kind\": \"MATERIAL\", \"code\": \"DISABILITY_CERTIFICATE\"}]}",
                "POST | /refuse-acceptance   | {\"expectedVersion\": 0, \"reason\": \"OUT_OF_SCOPE\"}",
                "POST | /forward             | {\"expectedVersion\": 0}",
                "POST | /complete-step       | {\"expectedVersion\": 0}",
                "POST | /refuse-subsidy      | {\"expectedVersion\": 0, \"subsidy\": \"CARE\", \"reason\": \"DECEASED\"}",
                "POST | /decide              | {\"expectedVersion\": 0, \"decisions\": [{\"subsidy\": \"CARE\", \"approve\": true}]}",
                "POST | /objections          | {\"expectedVersion\": 0, \"note\": \"异议\"}",
                "POST | /end-notice          | {\"expectedVersion\": 0}",
            })
    void townshipBsStaffCannotReadOrActOnTownshipAsCase(String method, String path, String body) throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = "/api/review/cases/" + a.uuid() + path;

        ResultActions answer = method.equals("GET") ? read(CLERK_B, uri) : act(CLERK_B, uri, body);
        answer.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("NOT_FOUND"))
                .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        ResultActions other = method.equals("GET") ? read(LUOYANG_FEDERATION, uri) : act(LUOYANG_FEDERATION, uri, body);
        other.andExpect(status().isNotFound());
        read(CLERK_A, "/api/review/cases/" + a.uuid()).andExpect(status().isOk());
    }

    @Test
    void townshipBsWorklistsAndBulkDoNotReachTownshipAsCase() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);

        read(CLERK_B, "/api/review/worklists/TO_ACCEPT?size=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.items[*].applicationId",
                        Matchers.not(Matchers.hasItem(a.uuid().toString()))));
        read(CLERK_A, "/api/review/worklists/TO_ACCEPT?size=100")
                .andExpect(jsonPath(
                        "$.items[*].applicationId", Matchers.hasItem(a.uuid().toString())));
        act(
                        CLERK_B,
                        "/api/review/bulk/complete-step",
                        "{\"step\": \"TOWNSHIP_CHECK\", \"cases\": [{\"applicationId\": \"" + a.uuid()
                                + "\", \"expectedVersion\": 0}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].done").value(false))
                .andExpect(jsonPath("$[0].status").value(404));
        read(CLERK_B, "/api/review/public-notices")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }

    @Test
    void aCaseIsAcceptedThroughTheApiAndAStaleVersionGets409WithTheCurrentState() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = "/api/review/cases/" + a.uuid();
        read(CLERK_A, uri)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("TO_ACCEPT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.workingDaysLeft").isNumber())
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.subsidies[*].outcome", Matchers.everyItem(Matchers.is("PENDING"))));

        act(CLERK_A, uri + "/accept", "{\"expectedVersion\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_REVIEW"))
                .andExpect(jsonPath("$.step").value("TOWNSHIP_CHECK"))
                .andExpect(jsonPath("$.version").value(1));
        act(CLERK_A, uri + "/accept", "{\"expectedVersion\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("STALE_VERSION"))
                .andExpect(jsonPath("$.field").value("expectedVersion"))
                .andExpect(jsonPath("$.current.state").value("IN_REVIEW"))
                .andExpect(jsonPath("$.current.version").value(1));
        act(CLERK_A, uri + "/accept", "{\"expectedVersion\": 1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("WRONG_STATE"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("审核中")));
        act(FEDERATION, uri + "/complete-step", "{\"expectedVersion\": 1}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("OFFICE"))
                .andExpect(jsonPath("$.office").value("TOWNSHIP"));
        act(CLERK_A, uri + "/complete-step", "{\"expectedVersion\": 1, \"step\": \"TOWNSHIP_CHECK\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("FEDERATION_REVIEW"));
        read(FEDERATION, "/api/review/worklists")
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.worklist == 'FEDERATION_REVIEW')].cases", Matchers.hasItem(Matchers.greaterThan(0))));
        read(CLERK_A, uri)
                .andExpect(jsonPath("$.steps[0].step").value("TOWNSHIP_CHECK"))
                .andExpect(jsonPath("$.steps[0].completedOn").isNotEmpty())
                .andExpect(jsonPath("$.steps[1].step").value("FEDERATION_REVIEW"));
    }

    @Test
    void badInputIsNamedByFieldAndRule() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = "/api/review/cases/" + a.uuid();

        act(CLERK_A, uri + "/accept", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("expectedVersion"))
                .andExpect(jsonPath("$.rule").value("VERSION_REQUIRED"));
        act(CLERK_A, uri + "/return", "{\"expectedVersion\": 0, \"items\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("items"))
                .andExpect(jsonPath("$.rule").value("CORRECTION_ITEMS_REQUIRED"));
        act(CLERK_A, uri + "/refuse-acceptance", "{\"expectedVersion\": 0, \"reason\": \"OTHER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("explanation"))
                .andExpect(jsonPath("$.rule").value("EXPLANATION_REQUIRED"));
        act(CLERK_A, uri + "/refuse-acceptance", "{\"expectedVersion\": 0, \"reason\": \"NO_SUCH_REASON\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("BODY_UNREADABLE"));
        read(CLERK_A, "/api/review/worklists/NOT_A_LIST")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("worklist"));
        read(CLERK_A, "/api/review/worklists/TO_ACCEPT?size=1000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        act(
                        CLERK_A,
                        uri + "/return",
                        "{\"expectedVersion\": 0, \"items\": [{\"kind\": \"FIELD\", \"code\": \"person.nothing\"}]}")
                .andExpect(status().isBadRequest());
        read(CLERK_A, uri)
                .andExpect(jsonPath("$.state").value("TO_ACCEPT"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void thePublicNoticeListIsMaskedAndPrintable() throws Exception {
        ReviewFixtures.publicNoticeIn("410304", jdbc, policies); // 洛阳 瀍河回族区
        SignedInStaff clerk = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, "410304001");
        SignedInStaff federation = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, "410304");
        Submitted a = fixtures.submit("410304001", "410304001");
        String uri = "/api/review/cases/" + a.uuid();
        act(clerk, uri + "/accept", "{\"expectedVersion\": 0}").andExpect(status().isOk());
        act(clerk, uri + "/complete-step", "{\"expectedVersion\": 1}").andExpect(status().isOk());
        act(federation, uri + "/complete-step", "{\"expectedVersion\": 2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_PUBLIC_NOTICE"));
        String from = com.jayway.jsonpath.JsonPath.read(
                read(clerk, uri).andReturn().getResponse().getContentAsString(), "$.notice.startedOn");

        read(clerk, "/api/review/public-notices")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].township").value("东关街道"))
                .andExpect(jsonPath("$[0].entries[0].maskedName").value("王**"))
                .andExpect(jsonPath("$[0].entries[0].maskedResidentId", Matchers.containsString("*")))
                .andExpect(jsonPath("$[0].entries[0].subsidies", Matchers.contains("LIVING", "CARE")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("王秀英"))));
        read(clerk, "/api/review/public-notices/410304001/" + from + ".pdf")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        read(CLERK_A, "/api/review/public-notices")
                .andExpect(jsonPath("$[*].township", Matchers.not(Matchers.hasItem("东关街道"))));
        read(CLERK_A, "/api/review/public-notices/410304001/" + from + ".pdf").andExpect(status().isNotFound());
    }

    @Test
    void theApiIsForStaffOnly() throws Exception {
        mvc.perform(get("/api/review/worklists")).andExpect(status().isUnauthorized());
        assertThat(List.of(CLERK_A.getAuthorities().toString()))
                .first()
                .asString()
                .contains("ROLE_STAFF");
    }
}
