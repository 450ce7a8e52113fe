package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_B;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worklist pages ({@code /staff/work}, review.web): lists by role and jurisdiction with their counts, the
 * filters, the search by resident id, bulk completion with a result per case, and the access matrix (role x
 * jurisdiction x a case inside and outside the subtree: list, search and case page agree with the region tree).
 */
@IntegrationTest
@AutoConfigureMockMvc
class WorkPagesIntegrationTests {

    static final SignedInStaff CLERK_A = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
    static final SignedInStaff FEDERATION = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, ZHONGYUAN);

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
    PartnerIntake partners;

    @Autowired
    Applications applications;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    CaseSearch search;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    Document page(SignedInStaff staff, String uri) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static Reviewer reviewer(SignedInStaff staff) {
        return Reviewer.of(staff);
    }

    /** Every case of a list, walking its pages (the lists are shared with other tests). */
    static boolean listed(Document list, String number) {
        return list.select("tbody th a").stream().anyMatch(a -> a.text().equals(number));
    }

    boolean inList(SignedInStaff staff, String view, String number) throws Exception {
        for (int page = 0; page < 50; page++) {
            Document d = page(staff, "/staff/work?size=100&view=" + view + "&page=" + page);
            if (listed(d, number)) {
                return true;
            }
            if (d.select("a[rel=next]").isEmpty()) {
                return false;
            }
        }
        return false;
    }

    @Test
    void theClerksListShowsTheCaseWithItsDeadlineInWordsAndTheCounts() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String number = a.application().number();

        Document list = page(CLERK_A, "/staff/work");
        assertThat(list.select("h2#list-heading").text()).isEqualTo("待受理");
        assertThat(inList(CLERK_A, "TO_ACCEPT", number)).isTrue();
        long toAccept = worklists.counts(reviewer(CLERK_A)).stream()
                .filter(c -> c.worklist() == Worklist.TO_ACCEPT)
                .findFirst()
                .orElseThrow()
                .cases();
        assertThat(list.select("a[href$=view=TO_ACCEPT]").text()).contains("（" + toAccept + "件）");
        assertThat(list.select("td .due").text()).contains("个工作日");
        assertThat(list.select("a[href=/staff/rechecks]:not([id^=main-nav])")).hasSize(1);
        assertThat(list.select("a[href=/staff/outreach]:not([id^=main-nav])")).hasSize(1);

        Document overdue = page(CLERK_A, "/staff/work?view=TO_ACCEPT&filter=OVERDUE");
        assertThat(listed(overdue, number)).isFalse();
        assertThat(inList(FEDERATION, "FEDERATION_REVIEW", number)).isFalse();
    }

    @Test
    void theSearchFindsThePersonsCasesInTheJurisdictionOnly() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String residentId = applications.person(a.id()).residentId().value();

        Document found = page(CLERK_A, "/staff/work?q=" + residentId);
        assertThat(found.select("#found-caption").text()).contains("1件");
        assertThat(found(found, a)).isTrue();

        SignedInStaff other = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_B);
        Document none = page(other, "/staff/work?q=" + residentId);
        assertThat(listed(none, a.application().number())).isFalse();
        assertThat(none.select("#found-caption").text()).contains("没有此人");

        Document bad = page(CLERK_A, "/staff/work?q=12345");
        assertThat(bad.select(".error-summary a").attr("href")).isEqualTo("#q");
        assertThat(bad.select("#q-error").text()).contains("18位");
    }

    @Test
    void theSearchByNameIsExactAndKeepsToTheJurisdiction() throws Exception {
        String name = ReviewFixtures.freshName();
        Submitted a = fixtures.submitNamed(name, ZHONGYUAN_A, ZHONGYUAN_A);
        Submitted b = fixtures.submitNamed(name, ReviewFixtures.JIANXI_A, ReviewFixtures.JIANXI_A);
        SignedInStaff luoyang = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ReviewFixtures.JIANXI_A);
        reviews.accept(reviewer(luoyang), b.uuid(), 0); // out of the to-accept list that the access matrix counts

        Document found = page(CLERK_A, "/staff/work?q=" + name);
        assertThat(found.select("#found-caption").text()).contains("1件");
        assertThat(found(found, a)).isTrue();
        assertThat(found(found, b)).isFalse();
        Document spaced = page(CLERK_A, "/staff/work?q= " + name.charAt(0) + "\u3000" + name.substring(1) + " ");
        assertThat(found(spaced, a)).isTrue();

        Document county = page(StaffPrincipals.of(StaffRole.COUNTY_SUPERVISOR, ZHONGYUAN), "/staff/work?q=" + name);
        assertThat(found(county, a)).isTrue();
        assertThat(found(county, b)).isFalse();
        Document outside = page(luoyang, "/staff/work?q=" + name);
        assertThat(found(outside, a)).isFalse();
        assertThat(found(outside, b)).isTrue();

        Document partial = page(CLERK_A, "/staff/work?q=" + name.substring(0, 2));
        assertThat(found(partial, a)).isFalse();
        assertThat(partial.select("#found-caption").text()).contains("没有此人");
        assertThat(partial.select(".error-summary")).isEmpty();
    }

    /** The search result (not the list below it) shows the case. */
    static boolean found(Document page, Submitted a) {
        return page.select("section:has(#found-caption) tbody th a").stream()
                .anyMatch(link -> link.text().equals(a.application().number()));
    }

    @Test
    void myCasesAreTheCasesAssignedToMe() throws Exception {
        SignedInStaff me = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
        Submitted mine = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Submitted notMine = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        jdbc.sql("INSERT INTO review_case_assignment (application_id, assignee, assigned_by) VALUES (?, ?, ?)")
                .params(mine.uuid(), me.accountId(), UUID.randomUUID())
                .update();

        Document list = page(me, "/staff/work?view=TO_ACCEPT&mine=true&size=100");
        assertThat(listed(list, mine.application().number())).isTrue();
        assertThat(listed(list, notMine.application().number())).isFalse();
        assertThat(list.select("a#mine").attr("aria-current")).isEqualTo("true");
        assertThat(inList(me, "TO_ACCEPT", notMine.application().number())).isTrue();
        Document someoneElse = page(CLERK_A, "/staff/work?view=TO_ACCEPT&mine=true&size=100");
        assertThat(listed(someoneElse, mine.application().number())).isFalse();
    }

    @Test
    void bulkCompletionAnswersPerCase() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Submitted b = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        reviews.accept(reviewer(CLERK_A), a.uuid(), 0);
        reviews.accept(reviewer(CLERK_A), b.uuid(), 0);

        Document form = page(CLERK_A, "/staff/work/bulk?view=TOWNSHIP_CHECK");
        assertThat(form.select("input[name=cases][value=" + a.uuid() + ":1]").size()
                        + form.select("a[rel=next]").size())
                .isPositive();
        Document results = Jsoup.parse(mvc.perform(post("/staff/work/bulk")
                        .with(user(CLERK_A))
                        .with(csrf())
                        .param("view", "TOWNSHIP_CHECK")
                        .param("cases", a.uuid() + ":1", b.uuid() + ":0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(results.select("[role=status]").text()).contains("已办理1件，共2件");
        assertThat(results.select("tbody tr")).hasSize(2);
        assertThat(results.select("tbody tr").get(0).text())
                .contains(a.application().number())
                .contains("已完成");
        assertThat(results.select("tbody tr").get(1).text())
                .contains(b.application().number())
                .contains("STALE_VERSION");
        assertThat(worklists.get(reviewer(CLERK_A), a.uuid()).worklist()).isEqualTo(Worklist.FEDERATION_REVIEW);
        assertThat(worklists.get(reviewer(CLERK_A), b.uuid()).worklist()).isEqualTo(Worklist.TOWNSHIP_CHECK);

        Document none = Jsoup.parse(mvc.perform(post("/staff/work/bulk")
                        .with(user(CLERK_A))
                        .with(csrf())
                        .param("view", "TOWNSHIP_CHECK"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(none.select(".error-summary a").attr("href")).isEqualTo("#cases");
    }

    @Test
    void forwardedCasesAreListedInAndOut() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ReviewFixtures.JIANXI_A);
        reviews.accept(reviewer(CLERK_A), a.uuid(), 0);
        reviews.forward(reviewer(CLERK_A), a.uuid(), 1);
        SignedInStaff luoyang = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ReviewFixtures.JIANXI_A);

        assertThat(inList(CLERK_A, "FORWARDED_OUT", a.application().number())).isTrue();
        assertThat(inList(luoyang, "FORWARDED_IN", a.application().number())).isTrue();
        assertThat(inList(luoyang, "FORWARDED_OUT", a.application().number())).isFalse();
        assertThat(inList(CLERK_A, "DONE", a.application().number())).isFalse();

        long forwardedIn = search.viewCounts(reviewer(luoyang)).get(WorkView.FORWARDED_IN);
        assertThat(forwardedIn).isPositive();
        assertThat(page(luoyang, "/staff/work")
                        .select("a[href$=view=FORWARDED_IN]")
                        .text())
                .contains("（" + forwardedIn + "件）");
        assertThat(search.page(reviewer(luoyang), WorkView.FORWARDED_IN, WorkFilter.ALL, 0, 1)
                        .total())
                .isEqualTo(forwardedIn);
        long forwardedOut = search.viewCounts(reviewer(CLERK_A)).get(WorkView.FORWARDED_OUT);
        assertThat(search.page(reviewer(CLERK_A), WorkView.FORWARDED_OUT, WorkFilter.ALL, 0, 1)
                        .total())
                .isEqualTo(forwardedOut)
                .isPositive();
        assertThat(search.viewCounts(reviewer(CLERK_A)).get(WorkView.DONE))
                .isEqualTo(search.page(reviewer(CLERK_A), WorkView.DONE, WorkFilter.ALL, 0, 1)
                        .total());
    }

    private long toAccept(SignedInStaff staff) {
        return worklists.counts(Reviewer.of(staff)).stream()
                .filter(c -> c.worklist() == Worklist.TO_ACCEPT)
                .mapToLong(WorklistPage.Count::cases)
                .sum();
    }

    /**
     * The access matrix: a case received and registered in 林山寨街道 (410102001) and who sees it on the pages. The
     * township's clerk lists it to accept; the county's, the city's and the province's supervisors read it; the other
     * township's clerk, another county's staff and the administrators do not (404, or 403 for the administrators).
     */
    @ParameterizedTest(name = "{0} of {1}: listed {2}, case page {3}")
    @CsvSource({
        "TOWNSHIP_CLERK,         410102001, true,  200",
        "TOWNSHIP_CLERK,         410102002, false, 404",
        "STAFF_ASSISTANT,        410102001, true,  200",
        "FEDERATION_REVIEWER,    410102,    false, 200",
        "CIVIL_AFFAIRS_APPROVER, 410102,    false, 200",
        "COUNTY_SUPERVISOR,      410102,    true,  200",
        "COUNTY_SUPERVISOR,      410305,    false, 404",
        "CITY_SUPERVISOR,        410100,    true,  200",
        "CITY_SUPERVISOR,        410300,    false, 404",
        "PROVINCE_SUPERVISOR,    410000,    true,  200",
        "PROVINCE_SUPERVISOR,    440000,    false, 404",
        "FEDERATION_REVIEWER,    410305,    false, 404",
    })
    void listsSearchAndTheCasePageFollowTheRegionTree(String role, String jurisdiction, boolean listed, int status)
            throws Exception {
        SignedInStaff staff = StaffPrincipals.of(StaffRole.valueOf(role), jurisdiction);
        long before = toAccept(staff);
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String residentId = applications.person(a.id()).residentId().value();
        String number = a.application().number();

        assertThat(inList(staff, "TO_ACCEPT", number)).isEqualTo(listed);
        assertThat(listed(page(staff, "/staff/work?q=" + residentId), number)).isEqualTo(status == 200);
        mvc.perform(get("/staff/cases/" + a.uuid()).with(user(staff))).andExpect(status().is(status));
        mvc.perform(get("/staff/cases/" + a.uuid() + "/form").with(user(staff))).andExpect(status().is(status));
        long counted = toAccept(staff);
        // other tests leave cases in these townships too: the count moves by this case, or not at all
        assertThat(counted - before).isEqualTo(listed ? 1 : 0);
        Document list = page(staff, "/staff/work?view=TO_ACCEPT");
        if (counted > 0) {
            assertThat(list.select("#list-caption").text()).endsWith("（" + counted + "件）");
            assertThat(list.select("a[href$=view=TO_ACCEPT]").text()).contains("（" + counted + "件）");
        } else {
            assertThat(list.select("main [role=status]").text()).contains("没有案件");
        }
    }

    @Test
    void theAdministratorsHaveNoWorklist() throws Exception {
        for (StaffRole admin : List.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN)) {
            SignedInStaff staff = StaffPrincipals.of(admin, "410000");
            mvc.perform(get("/staff/work").with(user(staff))).andExpect(status().isForbidden());
            mvc.perform(get("/staff/cases/" + UUID.randomUUID()).with(user(staff)))
                    .andExpect(status().isForbidden());
        }
    }
}
