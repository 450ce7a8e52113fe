package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.intake.IntakeApiClient.json;
import static org.liangxiang.intake.IntakeFixtures.LUOYANG_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.ZHONGYUAN_OTHER_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.ZHONGYUAN_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.residentId;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
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
import tools.jackson.databind.JsonNode;

/** The applicant API (/api/applications) and the staff intake API (/api/intake/applications) over HTTP. */
@IntegrationTest
class ApplicationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicationProgress progress;

    @Autowired
    JdbcClient jdbc;

    static String draft(ResidentId person, String home, String receiving, String subsidies, String extra) {
        return """
                {"person": {"fullName": "李四", "residentId": "%s", "certificateNumber": "%s41",
                            "householdAddress": "河南省洛阳市老城区西大街3号", "homeTownship": "%s"},
                 "subsidies": [%s], %s
                 "receivingTownship": %s,
                 "payee": {"holder": "PERSON", "holderName": "李四", "bankName": "中国农业银行", "accountNumber": "6228480010001234567"}}
                """.formatted(
                        person.value(),
                        person.value(),
                        home,
                        subsidies,
                        extra,
                        receiving == null ? "null" : "\"" + receiving + "\"");
    }

    static void uploadAll(IntakeApiClient api, String base, JsonNode app, Set<MaterialType> types) throws Exception {
        for (MaterialType type : types) {
            HttpResponse<String> r = api.upload(
                    base + "/" + app.get("id").asString() + "/materials/" + type,
                    type + ".pdf",
                    "application/pdf",
                    IntakeFixtures.pdf());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    Set<MaterialType> requiredFor(String home, Set<Situation> situations, Subsidy... subsidies) {
        return IntakeFixtures.required(required, home, Set.of(subsidies), situations);
    }

    /**
     * A submission's answer has a known length, so the response is committed as its last byte is written and Spring
     * Session saves the session then and again when its filter ends; the second save looked the session up again
     * (account.SessionSavedInRequest). The session is read from the database once: when the request begins.
     */
    @Test
    void aSubmissionReadsTheApplicantsSessionOnce() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        JsonNode app = json(api.post("/api/applications", draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        uploadAll(api, "/api/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        String path = "/api/applications/" + app.get("id").asString() + "/submission";
        List<HttpResponse<String>> answers = new ArrayList<>();

        List<String> reads = ExecutedStatements.onAnyThread(
                "WHERE S.SESSION_ID = ?",
                () -> {
                    try {
                        answers.add(api.post(path, "", "Idempotency-Key", "k-" + UUID.randomUUID()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                Duration.ofSeconds(1)); // the filter's end runs after the answer was sent

        assertThat(answers.get(0).statusCode()).as(answers.get(0).body()).isEqualTo(200);
        assertThat(answers.get(0).headers().firstValue("Content-Length")).isPresent();
        assertThat(reads).as("the session's reads in the request").hasSize(1);
    }

    @Test
    void theOnlinePathOnAMobileClientWithAnIdempotentSubmission() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        HttpResponse<String> created = api.post(
                "/api/applications",
                draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", ""),
                "X-Channel",
                "ONLINE_MOBILE");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = json(created);
        assertThat(app.get("channel").asString()).isEqualTo("ONLINE_MOBILE");
        assertThat(app.get("receivingTownship").get("code").asString()).isEqualTo(LUOYANG_TOWNSHIP);
        assertThat(app.get("person").get("residentId").asString()).contains("********");
        assertThat(app.get("missingMaterials").valueStream().map(JsonNode::asString))
                .contains("DISABILITY_CERTIFICATE");
        String path = "/api/applications/" + app.get("id").asString();

        HttpResponse<String> early =
                api.post(path + "/submission", "", "Idempotency-Key", "k-early-" + UUID.randomUUID());
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(early).get("rule").asString()).isEqualTo("GUIDE_MATERIALS_MISSING");

        uploadAll(api, "/api/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        String key = "k-" + UUID.randomUUID();
        HttpResponse<String> first = api.post(path + "/submission", "", "Idempotency-Key", key);
        HttpResponse<String> retry = api.post(path + "/submission", "", "Idempotency-Key", key);
        HttpResponse<String> otherBody = api.post(path + "/submission", "{\"x\":1}", "Idempotency-Key", key);
        HttpResponse<String> withoutKey = api.post(path + "/submission", "");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json(otherBody).get("rule").asString()).isEqualTo("INTAKE_IDEMPOTENCY_KEY_REUSED");
        assertThat(withoutKey.statusCode()).isEqualTo(409);
        assertThat(json(withoutKey).get("rule").asString()).isEqualTo("INTAKE_STATUS_SUBMIT");

        JsonNode submitted = json(api.get(path));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted
                        .get("timeline")
                        .valueStream()
                        .map(e -> e.get("type").asString()))
                .containsSubsequence("APPLICATION_CREATED", "MATERIALS_CHANGED", "APPLICATION_SUBMITTED");
        assertThat(submitted
                        .get("timeline")
                        .valueStream()
                        .map(e -> e.get("text").asString()))
                .contains("提交了申请");
    }

    /**
     * A keyed submission writes its open rows and the application's update in its first statement, before the checks
     * (ApplicationStore.submittingFacts): every refusal must leave none of it, nor the key.
     */
    @Test
    void aRefusedKeyedSubmissionLeavesNothingOfItsFirstStatementsWrites() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        ResidentId person = residentId();
        Set<MaterialType> materials = requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE);
        JsonNode open = json(api.post("/api/applications", draft(person, LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        uploadAll(api, "/api/applications", open, materials);
        assertThat(api.post(
                                "/api/applications/" + open.get("id").asString() + "/submission",
                                "",
                                "Idempotency-Key",
                                "k-open-" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(200);
        JsonNode second = json(api.post("/api/applications", draft(person, LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        uploadAll(api, "/api/applications", second, materials);
        String id = second.get("id").asString();
        String path = "/api/applications/" + id + "/submission";

        // the person's open application: 409 naming it, after the first statement opened nothing and wrote nothing
        String key = "k-second-" + UUID.randomUUID();
        HttpResponse<String> refused = api.post(path, "", "Idempotency-Key", key);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("rule").asString()).isEqualTo("INTAKE_OPEN_APPLICATION_EXISTS");

        // another applicant's request: 404, though its first statement updated the draft before the access check
        IntakeApiClient stranger = IntakeApiClient.applicant(port, applicants);
        jdbc.sql("UPDATE intake_application_subsidy SET open = false WHERE application_id = ?")
                .param(UUID.fromString(open.get("id").asString()))
                .update(); // the person's first application no longer open: the stranger's statement could write
        HttpResponse<String> notTheirs = stranger.post(path, "", "Idempotency-Key", "k-stranger-" + UUID.randomUUID());
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404);

        assertThat(json(api.get("/api/applications/" + id)).get("status").asString())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM intake_application_subsidy WHERE application_id = ?")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM intake_idempotency_key WHERE idempotency_key LIKE 'k-s%'"
                                + " AND account_id IN (?, ?)")
                        .params(api.accountId, stranger.accountId)
                        .query(Long.class)
                        .single())
                .isZero();

        // the same key, now that nothing is open: the corrected request goes through
        HttpResponse<String> submitted = api.post(path, "", "Idempotency-Key", key);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        // the answer's time is the row's, to the microsecond PostgreSQL keeps (the row remembered is the row stored)
        assertThat(java.time.Instant.parse(json(submitted).get("submittedAt").asString()))
                .isEqualTo(jdbc.sql("SELECT submitted_at FROM intake_application WHERE id = ?")
                        .param(UUID.fromString(id))
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant());
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIsAConflict() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        JsonNode app = json(api.post("/api/applications", draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        String path = "/api/applications/" + app.get("id").asString() + "/submission";
        String key = "k-running-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO intake_idempotency_key (account_id, idempotency_key, request_digest, state)"
                        + " VALUES (?, ?, ?, 'RUNNING')")
                .params(api.accountId, key, ApplicationApi.digest("POST", path, new byte[0]))
                .update();

        HttpResponse<String> retry = api.post(path, "", "Idempotency-Key", key);

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(json(retry).get("rule").asString()).isEqualTo("INTAKE_IDEMPOTENCY_KEY_RUNNING");
        assertThat(json(api.get("/api/applications/" + app.get("id").asString()))
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void uploadsAreJudgedByTheirContentAndSize() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        JsonNode app = json(api.post("/api/applications", draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        String materials = "/api/applications/" + app.get("id").asString() + "/materials/";
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(IntakeFixtures.pdf(), 0, eleven, 0, IntakeFixtures.pdf().length);

        HttpResponse<String> renamed = api.upload(materials + "APPLICATION_FORM", "申请表.pdf", "application/pdf", exe);
        HttpResponse<String> tooLarge =
                api.upload(materials + "APPLICATION_FORM", "scan.pdf", "application/pdf", eleven);
        HttpResponse<String> unknownType =
                api.upload(materials + "PASSPORT", "p.pdf", "application/pdf", IntakeFixtures.pdf());
        HttpResponse<String> png =
                api.upload(materials + "APPLICATION_FORM", "form.jpg", "image/jpeg", IntakeFixtures.png());

        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(json(renamed).get("rule").asString()).isEqualTo("INTAKE_FILE_TYPE");
        assertThat(json(renamed).get("detail").asString()).contains("PDF、JPEG或PNG");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
        assertThat(json(tooLarge).get("rule").asString()).isEqualTo("INTAKE_FILE_TOO_LARGE");
        assertThat(json(tooLarge).get("detail").asString()).contains("10 MB");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(png.statusCode()).isEqualTo(201);
        assertThat(json(png).get("contentType").asString()).isEqualTo("image/png");
        JsonNode versions = json(api.get(materials + "APPLICATION_FORM/versions"));
        assertThat(versions.size()).isEqualTo(1);
        HttpResponse<byte[]> content = api.download(materials + "APPLICATION_FORM/versions/"
                + versions.get(0).get("id").asString());
        assertThat(content.body()).isEqualTo(IntakeFixtures.png());
        assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void aWindowApplicationIsSeenByThePersonOnceRealNameBoundAndOnlyByStaffOfItsTownships() throws Exception {
        IntakeApiClient clerk = IntakeApiClient.staff(port, staff, tx, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_TOWNSHIP);
        ResidentId person = residentId();
        HttpResponse<String> created =
                clerk.post("/api/intake/applications", draft(person, LUOYANG_TOWNSHIP, null, "\"CARE\"", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = json(created);
        assertThat(app.get("channel").asString()).isEqualTo("WINDOW");
        assertThat(app.get("receivingTownship").get("code").asString()).isEqualTo(ZHONGYUAN_TOWNSHIP);
        uploadAll(clerk, "/api/intake/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        String id = app.get("id").asString();
        assertThat(clerk.post("/api/intake/applications/" + id + "/submission", "", "Idempotency-Key", "w-" + id)
                        .statusCode())
                .isEqualTo(200);

        IntakeApiClient thePerson = IntakeApiClient.applicant(port, applicants);
        assertThat(thePerson.get("/api/applications/" + id).statusCode()).isEqualTo(404);
        assertThat(json(thePerson.get("/api/applications/mine")).size()).isZero();
        tx.executeWithoutResult(s -> applicants.bindRealName(thePerson.accountId, "李四", person, null));
        HttpResponse<String> seen = thePerson.get("/api/applications/" + id);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(json(seen).get("channel").asString()).isEqualTo("WINDOW");
        assertThat(json(thePerson.get("/api/applications/mine"))
                        .valueStream()
                        .map(a -> a.get("id").asString()))
                .containsExactly(id);

        IntakeApiClient stranger = IntakeApiClient.applicant(port, applicants);
        IntakeApiClient otherClerk =
                IntakeApiClient.staff(port, staff, tx, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_OTHER_TOWNSHIP);
        IntakeApiClient homeClerk = IntakeApiClient.staff(port, staff, tx, StaffRole.TOWNSHIP_CLERK, LUOYANG_TOWNSHIP);
        IntakeApiClient reviewer = IntakeApiClient.staff(port, staff, tx, StaffRole.FEDERATION_REVIEWER, "410102");
        assertThat(stranger.get("/api/applications/" + id).statusCode()).isEqualTo(404);
        assertThat(json(stranger.get("/api/applications/" + id)).get("rule").asString())
                .isEqualTo("INTAKE_APPLICATION_NOT_FOUND");
        assertThat(otherClerk.get("/api/intake/applications/" + id).statusCode())
                .isEqualTo(404);
        assertThat(homeClerk.get("/api/intake/applications/" + id).statusCode()).isEqualTo(200);
        assertThat(homeClerk
                        .post("/api/intake/applications/" + id + "/withdrawal", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(reviewer.get("/api/intake/applications/" + id).statusCode()).isEqualTo(403);
        assertThat(IntakeApiClient.anonymous(port)
                        .get("/api/applications/" + id)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAssistantEntersAnAssistedApplication() throws Exception {
        IntakeApiClient assistant = IntakeApiClient.staff(port, staff, tx, StaffRole.STAFF_ASSISTANT, "410102");
        HttpResponse<String> outside = assistant.post(
                "/api/intake/applications", draft(residentId(), LUOYANG_TOWNSHIP, LUOYANG_TOWNSHIP, "\"CARE\"", ""));
        HttpResponse<String> created = assistant.post(
                "/api/intake/applications", draft(residentId(), LUOYANG_TOWNSHIP, ZHONGYUAN_TOWNSHIP, "\"CARE\"", ""));

        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(json(outside).get("rule").asString()).isEqualTo("INTAKE_TOWNSHIP_OUTSIDE_JURISDICTION");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = json(created);
        assertThat(app.get("channel").asString()).isEqualTo("ASSISTED");
        uploadAll(assistant, "/api/intake/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        HttpResponse<String> submitted =
                assistant.post("/api/intake/applications/" + app.get("id").asString() + "/submission", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).get("channel").asString()).isEqualTo("ASSISTED");
    }

    @Test
    void aSecondOpenApplicationForTheSamePersonAndSubsidySaysWhereTheFirstIs() throws Exception {
        ResidentId person = residentId();
        IntakeApiClient first = IntakeApiClient.applicant(port, applicants);
        JsonNode a = json(first.post(
                "/api/applications", draft(person, LUOYANG_TOWNSHIP, ZHONGYUAN_TOWNSHIP, "\"LIVING\",\"CARE\"", "")));
        uploadAll(first, "/api/applications", a, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.LIVING, Subsidy.CARE));
        assertThat(first.post("/api/applications/" + a.get("id").asString() + "/submission", "")
                        .statusCode())
                .isEqualTo(200);

        IntakeApiClient second = IntakeApiClient.applicant(port, applicants);
        JsonNode b = json(second.post("/api/applications", draft(person, LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        uploadAll(second, "/api/applications", b, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        HttpResponse<String> refused =
                second.post("/api/applications/" + b.get("id").asString() + "/submission", "");

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = json(refused);
        assertThat(problem.get("rule").asString()).isEqualTo("INTAKE_OPEN_APPLICATION_EXISTS");
        assertThat(problem.get("openApplication").get("number").asString())
                .isEqualTo(a.get("number").asString());
        assertThat(problem.get("openApplication").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(problem.get("detail").asString())
                .contains(a.get("number").asString())
                .contains("林山寨街道")
                .contains("已提交");
        assertThat(json(second.get("/api/applications/" + b.get("id").asString()))
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");

        assertThat(first.post("/api/applications/" + a.get("id").asString() + "/withdrawal", "")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> afterWithdrawal =
                second.post("/api/applications/" + b.get("id").asString() + "/submission", "");
        assertThat(afterWithdrawal.statusCode()).as(afterWithdrawal.body()).isEqualTo(200);
    }

    @Test
    void withdrawalBeforeADecisionOnly() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        JsonNode app = json(api.post("/api/applications", draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        String path = "/api/applications/" + app.get("id").asString();
        assertThat(api.post(path + "/withdrawal", "").statusCode()).isEqualTo(409);
        uploadAll(api, "/api/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        api.post(path + "/submission", "");
        progress.accepted(ApplicationId.of(app.get("id").asString()));

        HttpResponse<String> withdrawn = api.post(path + "/withdrawal", "");
        HttpResponse<String> again = api.post(path + "/withdrawal", "");

        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("applicationStatus").asString()).isEqualTo("WITHDRAWN");
        assertThat(json(api.get(path))
                        .get("timeline")
                        .valueStream()
                        .map(e -> e.get("type").asString()))
                .contains("APPLICATION_WITHDRAWN");
    }

    @Test
    void aReturnedApplicationIsResubmittedOnlyWhenEveryNamedItemChanged() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        ResidentId person = residentId();
        JsonNode app = json(api.post("/api/applications", draft(person, LUOYANG_TOWNSHIP, null, "\"CARE\"", "")));
        String path = "/api/applications/" + app.get("id").asString();
        uploadAll(api, "/api/applications", app, requiredFor(LUOYANG_TOWNSHIP, Set.of(), Subsidy.CARE));
        api.post(path + "/submission", "");
        progress.returned(
                ApplicationId.of(app.get("id").asString()),
                List.of(CorrectionItem.material("DISABILITY_CERTIFICATE"), CorrectionItem.field("payee.accountNumber")),
                "证件照片不清楚，卡号有误",
                LocalDate.of(2026, 12, 31));

        JsonNode returned = json(api.get(path));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("correction").get("due").asString()).isEqualTo("2026-12-31");
        assertThat(returned.get("correction")
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("name").asString()))
                .contains("银行卡或社会保障卡号");
        HttpResponse<String> early = api.post(path + "/resubmission", "");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(early)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("materials.DISABILITY_CERTIFICATE", "payee.accountNumber");

        api.upload(path + "/materials/DISABILITY_CERTIFICATE", "c.png", "image/png", IntakeFixtures.png());
        HttpResponse<String> payee = api.put(path + "/payee", """
                {"holder": "PERSON", "holderName": "李四", "bankName": "中国农业银行", "accountNumber": "6228480010009999999"}""");
        assertThat(payee.statusCode()).as(payee.body()).isEqualTo(200);
        HttpResponse<String> subsidies = api.put(path + "/subsidies", "{\"subsidies\": [\"LIVING\"]}");
        assertThat(subsidies.statusCode()).isEqualTo(409);

        HttpResponse<String> resubmitted = api.post(path + "/resubmission", "");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        assertThat(json(resubmitted).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(json(api.get(path)).get("payee").get("accountNumber").asString())
                .endsWith("9999");
    }

    @Test
    void aGuardianAppliesForAMinorWithTheMandateAndTheGuardiansAccount() throws Exception {
        IntakeApiClient guardian = IntakeApiClient.applicant(port, applicants);
        ResidentId child = residentId(LocalDate.now().minusYears(10));
        String body = draft(
                        child,
                        LUOYANG_TOWNSHIP,
                        null,
                        "\"CARE\"",
                        "\"submitter\": {\"kind\": \"GUARDIAN\", \"relationship\": \"母亲\"},")
                .replace(
                        "\"holder\": \"PERSON\", \"holderName\": \"李四\"",
                        "\"holder\": \"GUARDIAN\", \"holderName\": \"王芳\"");
        JsonNode app = json(guardian.post("/api/applications", body));
        String path = "/api/applications/" + app.get("id").asString();
        Set<MaterialType> all = requiredFor(
                LUOYANG_TOWNSHIP, Set.of(Situation.AGENT_APPLYING, Situation.GUARDIAN_ACCOUNT), Subsidy.CARE);
        assertThat(all).contains(MaterialType.AGENT_AUTHORISATION_AND_ID, MaterialType.GUARDIANSHIP_PROOF);
        uploadAll(
                guardian,
                "/api/applications",
                app,
                Set.copyOf(Arrays.stream(all.toArray(MaterialType[]::new))
                        .filter(t -> t != MaterialType.AGENT_AUTHORISATION_AND_ID)
                        .toList()));

        HttpResponse<String> withoutMandate = guardian.post(path + "/submission", "");
        assertThat(withoutMandate.statusCode()).isEqualTo(400);
        assertThat(json(withoutMandate).get("detail").asString()).contains("代办人委托书");
        uploadAll(guardian, "/api/applications", app, Set.of(MaterialType.AGENT_AUTHORISATION_AND_ID));
        assertThat(guardian.post(path + "/submission", "").statusCode()).isEqualTo(200);

        assertThat(json(guardian.get("/api/applications/helped"))
                        .valueStream()
                        .map(a -> a.get("id").asString()))
                .contains(app.get("id").asString());
        assertThat(json(guardian.get("/api/applications/mine")).size()).isZero();

        String adult = draft(residentId(), LUOYANG_TOWNSHIP, null, "\"CARE\"", "")
                .replace("\"holder\": \"PERSON\"", "\"holder\": \"GUARDIAN\"");
        HttpResponse<String> refused = guardian.post("/api/applications", adult);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asString()).isEqualTo("payee.holder");
        assertThat(json(refused).get("rule").asString()).isEqualTo("INTAKE_GUARDIAN_ACCOUNT_NOT_ALLOWED");
    }

    @Test
    void badDraftsNameEveryBadField() throws Exception {
        IntakeApiClient api = IntakeApiClient.applicant(port, applicants);
        HttpResponse<String> refused = api.post("/api/applications", """
                {"person": {"fullName": "", "residentId": "410102199003071231", "certificateNumber": "x",
                            "householdAddress": "某地", "homeTownship": "410102"},
                 "subsidies": ["HOUSING"]}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains(
                        "person.fullName",
                        "person.residentId",
                        "person.certificateNumber",
                        "person.homeTownship",
                        "subsidies");
    }
}
