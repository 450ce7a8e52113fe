package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.ApplicantConsents;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Situation;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application form pages (/apply for applicants, /staff/intake for clerks and assistants) over HTTP, as a browser
 * posts them: each page's refusal names its field (the error summary links to it) and keeps what was typed; oversized
 * and disguised uploads say what to do; a double-clicked submission makes one application.
 */
@IntegrationTest
class ApplyPagesIntegrationTests {

    private static final Pattern DRAFT_PATH = Pattern.compile("/apply/([0-9a-f-]{36})/payee");
    private static final Pattern STAFF_DRAFT_PATH = Pattern.compile("/staff/intake/([0-9a-f-]{36})/payee");

    @LocalServerPort
    int port;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicantConsents consents;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnApplicantWithoutConsentToTheConsentPageAndBack() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);

        HttpResponse<String> start = api.page("/apply");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/me/consent?next=/apply");

        HttpResponse<String> given = api.form("/me/consent", "agree", "yes", "next", "/apply");
        assertThat(given.headers().firstValue("Location").orElseThrow()).endsWith("/apply");
        assertThat(api.page("/apply").statusCode()).isEqualTo(200);
    }

    @Test
    void namesTheFieldOfEachRefusalAndKeepsWhatWasTyped() throws Exception {
        IntakeApiClient api = consentingApplicant();

        assertRefused(api.form("/apply/new/who", "kind", "GUARDIAN", "relationship", ""), "submitter.relationship");
        assertRedirect(api.form("/apply/new/who", "kind", "GUARDIAN", "relationship", "女儿"), "/apply/new/subsidies");
        assertRefused(api.form("/apply/new/subsidies"), "subsidies");
        assertRedirect(api.form("/apply/new/subsidies", "subsidies", "LIVING"), "/apply/new/person");

        ResidentId person = IntakeFixtures.residentId();
        HttpResponse<String> bad = api.form(
                "/apply/new/person", personFields(person, "4101020011234", "", IntakeFixtures.ZHONGYUAN_TOWNSHIP));
        assertRefused(bad, "person.certificateNumber");
        assertRefused(bad, "person.householdAddress");
        assertThat(bad.body()).contains("value=\"" + person.value() + "\"").contains("value=\"王五\"");

        String id = createDraft(api, person);
        assertRefused(
                api.form("/apply/" + id + "/payee", "holder", "PERSON", "holderName", "王五", "bankName", "农行"),
                "payee.accountNumber");
        assertRefused(api.form("/apply/" + id + "/subsidies"), "subsidies");
        assertRefused(
                api.form("/apply/" + id + "/who", "kind", "SUPPORTER", "relationship", " "), "submitter.relationship");
        assertRefused(api.form("/apply/" + id + "/declaration"), "declared");
    }

    @Test
    void refusesAnOversizedUploadAndARenamedExecutableSayingWhatToDo() throws Exception {
        IntakeApiClient api = consentingApplicant();
        startAsPerson(api);
        String id = createDraft(api, IntakeFixtures.residentId());
        String type = MaterialType.DISABILITY_CERTIFICATE.name();

        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(IntakeFixtures.pdf(), 0, big, 0, IntakeFixtures.pdf().length);
        HttpResponse<String> tooLarge = api.formUpload("/apply/" + id + "/materials", type, "big.pdf", big);
        assertRefused(tooLarge, "file-" + type);
        assertThat(tooLarge.body()).contains("10");

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        HttpResponse<String> renamed = api.formUpload("/apply/" + id + "/materials", type, "certificate.pdf", exe);
        assertRefused(renamed, "file-" + type);

        HttpResponse<String> fine = api.formUpload("/apply/" + id + "/materials", type, "c.png", IntakeFixtures.png());
        assertRedirect(fine, "/apply/" + id + "/materials?uploaded=" + type);
        assertThat(api.page("/apply/" + id + "/materials").body()).contains("/apply/" + id + "/materials/");
    }

    @Test
    void aDoubleClickedSubmissionMakesOneApplication() throws Exception {
        IntakeApiClient api = consentingApplicant();
        startAsPerson(api);
        ResidentId person = IntakeFixtures.residentId();
        String id = createDraft(api, person);
        assertRedirect(api.form("/apply/" + id + "/payee", payeeFields()), "/apply/" + id + "/materials");
        uploadRequired(api, "/apply/" + id, Set.of());

        String key = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> submit(api, id, key)));
        }
        for (CompletableFuture<HttpResponse<String>> click : clicks) {
            assertRedirect(click.join(), "/apply/" + id + "/done");
        }
        assertRedirect(submit(api, id, UUID.randomUUID().toString()), "/apply/" + id + "/done");

        assertThat(jdbc.sql("SELECT status, channel FROM intake_application WHERE submitter_account_id = ?")
                        .param(api.accountId)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("SUBMITTED ONLINE_WEB");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE object_id = ? AND type = 'APPLICATION_SUBMITTED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        HttpResponse<String> done = api.page("/apply/" + id + "/done");
        assertThat(done.body()).contains("/my/applications/" + id).contains("LX");
    }

    @Test
    void aClerkEntersAWindowApplicationAndAnAssistantContinuesAnAssistedDraft() throws Exception {
        IntakeApiClient clerk =
                IntakeApiClient.staff(port, staff, tx, StaffRole.TOWNSHIP_CLERK, IntakeFixtures.ZHONGYUAN_TOWNSHIP);
        assertThat(clerk.page("/staff/intake/new").body()).contains("/staff/intake/new");
        assertRedirect(clerk.form("/staff/intake/new/who", "kind", "PERSON"), "/staff/intake/new/subsidies");
        assertRedirect(
                clerk.form("/staff/intake/new/subsidies", "subsidies", "LIVING", "subsidies", "CARE"),
                "/staff/intake/new/person");
        HttpResponse<String> created = clerk.form(
                "/staff/intake/new/person",
                personFields(IntakeFixtures.residentId(), null, "河南省郑州市中原区建设路9号", IntakeFixtures.ZHONGYUAN_TOWNSHIP));
        Matcher m = STAFF_DRAFT_PATH.matcher(
                created.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(created.body()).isTrue();
        assertThat(jdbc.sql("SELECT channel || ' ' || (staff_account_id = ?) FROM intake_application WHERE id = ?")
                        .params(clerk.accountId, UUID.fromString(m.group(1)))
                        .query(String.class)
                        .single())
                .isEqualTo("WINDOW true");

        IntakeApiClient assistant =
                IntakeApiClient.staff(port, staff, tx, StaffRole.STAFF_ASSISTANT, IntakeFixtures.ZHONGYUAN_TOWNSHIP);
        SubmittedApplication assisted = drafts.create(
                Actor.staff(assistant.accountId, StaffRole.STAFF_ASSISTANT.name(), IntakeFixtures.ZHONGYUAN_TOWNSHIP),
                IntakeFixtures.form(IntakeFixtures.residentId(), IntakeFixtures.ZHONGYUAN_TOWNSHIP, Subsidy.CARE));
        HttpResponse<String> person = assistant.page("/staff/intake/" + assisted.id() + "/person");
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(person.body()).contains("value=\"张三丰\"");
        assertThat(clerk.page("/staff/intake/" + UUID.randomUUID() + "/person").statusCode())
                .isEqualTo(404);

        IntakeApiClient reviewer = IntakeApiClient.staff(
                port, staff, tx, StaffRole.FEDERATION_REVIEWER, IntakeFixtures.ZHONGYUAN_TOWNSHIP);
        assertThat(reviewer.page("/staff/intake/new").statusCode()).isEqualTo(403);
    }

    @Test
    void aCountyAssistantChoosesTheReceivingTownshipOfTheirSubtree() throws Exception {
        IntakeApiClient county = IntakeApiClient.staff(port, staff, tx, StaffRole.STAFF_ASSISTANT, "410102");
        startAsPerson(county, "/staff/intake");
        HttpResponse<String> page = county.page("/staff/intake/new/person");
        assertThat(page.body())
                .contains("id=\"receivingTownship\"")
                .contains("value=\"" + IntakeFixtures.ZHONGYUAN_OTHER_TOWNSHIP + "\"")
                .doesNotContain("value=\"" + IntakeFixtures.LUOYANG_TOWNSHIP + "\"");

        HttpResponse<String> blank = county.form(
                "/staff/intake/new/person",
                personFields(IntakeFixtures.residentId(), null, "河南省郑州市中原区建设路9号", IntakeFixtures.ZHONGYUAN_TOWNSHIP));
        assertRefused(blank, "receivingTownship");
        assertThat(blank.body()).contains("请选择乡镇（街道）").doesNotContain("9位");

        String[] outside = with(
                personFields(IntakeFixtures.residentId(), null, "河南省郑州市中原区建设路9号", IntakeFixtures.ZHONGYUAN_TOWNSHIP),
                "receivingTownship",
                IntakeFixtures.LUOYANG_TOWNSHIP);
        HttpResponse<String> refused = county.form("/staff/intake/new/person", outside);
        assertRefused(refused, "receivingTownship");
        assertThat(refused.body()).contains("受理地不在您的管辖范围内");

        HttpResponse<String> created = county.form(
                "/staff/intake/new/person",
                with(
                        personFields(
                                IntakeFixtures.residentId(), null, "河南省郑州市中原区建设路9号", IntakeFixtures.ZHONGYUAN_TOWNSHIP),
                        "receivingTownship",
                        IntakeFixtures.ZHONGYUAN_OTHER_TOWNSHIP));
        Matcher m = STAFF_DRAFT_PATH.matcher(
                created.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(created.body()).isTrue();
        assertThat(jdbc.sql("SELECT channel || ' ' || receiving_township FROM intake_application WHERE id = ?")
                        .param(UUID.fromString(m.group(1)))
                        .query(String.class)
                        .single())
                .isEqualTo("ASSISTED " + IntakeFixtures.ZHONGYUAN_OTHER_TOWNSHIP);

        IntakeApiClient township =
                IntakeApiClient.staff(port, staff, tx, StaffRole.STAFF_ASSISTANT, IntakeFixtures.ZHONGYUAN_TOWNSHIP);
        startAsPerson(township, "/staff/intake");
        assertThat(township.page("/staff/intake/new/person").body()).doesNotContain("id=\"receivingTownship\"");
        HttpResponse<String> own = township.form(
                "/staff/intake/new/person",
                personFields(IntakeFixtures.residentId(), null, "河南省郑州市中原区建设路9号", IntakeFixtures.ZHONGYUAN_TOWNSHIP));
        Matcher ownDraft =
                STAFF_DRAFT_PATH.matcher(own.headers().firstValue("Location").orElse(""));
        assertThat(ownDraft.find()).as(own.body()).isTrue();
        assertThat(jdbc.sql("SELECT receiving_township FROM intake_application WHERE id = ?")
                        .param(UUID.fromString(ownDraft.group(1)))
                        .query(String.class)
                        .single())
                .isEqualTo(IntakeFixtures.ZHONGYUAN_TOWNSHIP);
    }

    private static String[] with(String[] fields, String name, String value) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = name;
        all[fields.length + 1] = value;
        return all;
    }

    private static void startAsPerson(IntakeApiClient api, String base) throws Exception {
        assertRedirect(api.form(base + "/new/who", "kind", "PERSON"), base + "/new/subsidies");
        assertRedirect(api.form(base + "/new/subsidies", "subsidies", "LIVING"), base + "/new/person");
    }

    private IntakeApiClient consentingApplicant() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        consents.give(api.accountId, "ONLINE_WEB", "127.0.0.1");
        return api;
    }

    private static void startAsPerson(IntakeApiClient api) throws Exception {
        assertRedirect(api.form("/apply/new/who", "kind", "PERSON"), "/apply/new/subsidies");
        assertRedirect(api.form("/apply/new/subsidies", "subsidies", "LIVING"), "/apply/new/person");
    }

    private static String createDraft(IntakeApiClient api, ResidentId person) throws Exception {
        HttpResponse<String> created = api.form(
                "/apply/new/person", personFields(person, null, "河南省郑州市中原区建设路1号", IntakeFixtures.ZHONGYUAN_TOWNSHIP));
        Matcher m = DRAFT_PATH.matcher(created.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(created.statusCode() + " " + created.body()).isTrue();
        return m.group(1);
    }

    private static String[] personFields(ResidentId person, String certificate, String address, String township) {
        return new String[] {
            "fullName",
            "王五",
            "residentId",
            person.value(),
            "certificateNumber",
            certificate == null ? person.value() + "41" : certificate,
            "householdAddress",
            address,
            "homeTownship",
            township
        };
    }

    private static String[] payeeFields() {
        return new String[] {
            "holder", "PERSON", "holderName", "王五", "bankName", "中国农业银行", "accountNumber", "6228480010001234567"
        };
    }

    private void uploadRequired(IntakeApiClient api, String base, Set<Situation> situations) throws Exception {
        Set<MaterialType> types = EnumSet.copyOf(IntakeFixtures.required(
                required, IntakeFixtures.ZHONGYUAN_TOWNSHIP, Set.of(Subsidy.LIVING), situations));
        for (MaterialType type : types) {
            HttpResponse<String> r =
                    api.formUpload(base + "/materials", type.name(), type + ".pdf", IntakeFixtures.pdf());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        }
    }

    private static HttpResponse<String> submit(IntakeApiClient api, String id, String key) {
        try {
            return api.form("/apply/" + id + "/declaration", "declared", "yes", "idempotencyKey", key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(HttpResponse<String> page, String field) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#" + field + "\"").contains("id=\"" + field + "-error\"");
    }

    private static void assertRedirect(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(path);
    }
}
