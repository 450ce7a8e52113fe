package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.intake.IntakeFixtures.LUOYANG_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.ZHONGYUAN_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.form;
import static org.liangxiang.intake.IntakeFixtures.residentId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** An application's life through the services that the API and review call, with the events and audit records. */
@IntegrationTest
@RecordApplicationEvents
class ApplicationLifecycleIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationProgress progress;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    RequiredMaterials required;

    @Autowired
    AuditRecords audit;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    final Actor applicant = Actor.applicant(UUID.randomUUID());

    SubmittedApplication submitted(ResidentId person, Subsidy... subsidies) {
        SubmittedApplication draft = drafts.create(applicant, form(person, LUOYANG_TOWNSHIP, subsidies));
        IntakeFixtures.uploadRequired(materials, required, applicant, draft, Set.of());
        return submissions.submit(applicant, draft.id());
    }

    @Test
    void submissionNeedsEveryRequiredMaterialAndPublishesTheEvent() {
        ResidentId person = residentId();
        SubmittedApplication draft = drafts.create(
                applicant,
                new DraftForm(
                        IntakeFixtures.person(person, LUOYANG_TOWNSHIP),
                        null,
                        List.of("LIVING", "CARE"),
                        ZHONGYUAN_TOWNSHIP,
                        IntakeFixtures.ownAccount(),
                        null));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.number()).matches("LX4101022\\d{3}\\d{6,}");
        assertThat(draft.receivingTownship()).isEqualTo(ZHONGYUAN_TOWNSHIP);
        assertThat(draft.homeTownship()).isEqualTo(LUOYANG_TOWNSHIP);
        assertThat(draft.channel()).isEqualTo(Channel.ONLINE_WEB);

        assertThatThrownBy(() -> submissions.submit(applicant, draft.id()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("GUIDE_MATERIALS_MISSING");
                    assertThat(e.messageZh()).contains("残疾人证");
                });

        IntakeFixtures.uploadRequired(materials, required, applicant, draft, Set.of());
        SubmittedApplication submitted = submissions.submit(applicant, draft.id());

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.submittedOn()).isNotNull();
        assertThat(submitted.subsidies()).containsExactlyInAnyOrder(Subsidy.LIVING, Subsidy.CARE);
        assertThat(events.stream(ApplicationSubmitted.class)
                        .filter(e -> e.applicationId().equals(draft.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.envelope().receivingRegion()).isEqualTo(ZHONGYUAN_TOWNSHIP);
                    assertThat(e.envelope().homeRegion()).isEqualTo(LUOYANG_TOWNSHIP);
                    assertThat(e.envelope().channel()).isEqualTo("ONLINE_WEB");
                    assertThat(e.subsidies()).containsExactlyInAnyOrder(Subsidy.LIVING, Subsidy.CARE);
                });
        assertThat(applications.get(draft.id())).isEqualTo(submitted);
        ApplicantPerson p = applications.person(draft.id());
        assertThat(p.residentId()).isEqualTo(person);
        assertThat(p.certificateNumber().residentId()).isEqualTo(person);
        assertThat(p.fullName()).isEqualTo("张三丰");
        assertThat(audit.forObject("APPLICATION", draft.id().toString()))
                .extracting(AuditRecordView::type)
                .contains("APPLICATION_CREATED", "MATERIALS_CHANGED", "APPLICATION_SUBMITTED");
        assertThat(audit.forObject("APPLICATION", draft.id().toString()))
                .allSatisfy(r -> assertThat(String.valueOf(r.after()) + r.reason() + r.before())
                        .doesNotContain(person.value()));
    }

    @Test
    void aCaseReturnedAfterAcceptanceComesBackToReviewOnceEveryItemIsChanged() {
        SubmittedApplication a = submitted(residentId(), Subsidy.CARE);
        progress.accepted(a.id());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() ->
                        materials.upload(applicant, a.id(), "DISABILITY_CERTIFICATE", "c.pdf", IntakeFixtures.pdf()))
                .isInstanceOf(ApplicationStateException.class);

        progress.returned(
                a.id(),
                List.of(
                        CorrectionItem.material("DISABILITY_CERTIFICATE"),
                        CorrectionItem.field("person.householdAddress")),
                "证件照片不清楚",
                LocalDate.now().plusDays(30));
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.RETURNED);

        assertThatThrownBy(() -> submissions.resubmit(applicant, a.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidValueException::field)
                                .containsExactlyInAnyOrder(
                                        "materials.DISABILITY_CERTIFICATE", "person.householdAddress"));

        materials.upload(applicant, a.id(), "DISABILITY_CERTIFICATE", "c2.png", IntakeFixtures.png());
        assertThatThrownBy(() -> submissions.resubmit(applicant, a.id()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("person.householdAddress");
                    assertThat(e.messageZh()).contains("户籍地址");
                    assertThat(e.messageEn()).contains("Household-registration address");
                });

        ResidentId same = applications.person(a.id()).residentId();
        PersonDetails corrected =
                new PersonDetails("张三丰", same.value(), same.value() + "42", "河南省洛阳市老城区新街2号", LUOYANG_TOWNSHIP, false);
        drafts.updatePerson(applicant, a.id(), corrected);
        SubmittedApplication back = submissions.resubmit(applicant, a.id());

        assertThat(back.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(applications.person(a.id()).householdAddress()).isEqualTo("河南省洛阳市老城区新街2号");
        assertThat(materials.versions(applicant, a.id(), "DISABILITY_CERTIFICATE"))
                .extracting(MaterialVersion::version, MaterialVersion::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple(2, "image/png"));
        assertThat(events.stream(ApplicationResubmitted.class)
                        .filter(e -> e.applicationId().equals(a.id())))
                .hasSize(1);
        assertThat(events.stream(MaterialsChanged.class)
                        .filter(e -> e.applicationId().equals(a.id())))
                .extracting(MaterialsChanged::materialType)
                .containsExactly("DISABILITY_CERTIFICATE");
    }

    @Test
    void eachSubsidyIsDecidedOnItsOwnAndTheDecidedOneIsOpenForANewApplication() {
        ResidentId person = residentId();
        SubmittedApplication a = submitted(person, Subsidy.LIVING, Subsidy.CARE);
        progress.accepted(a.id());

        progress.subsidyDecided(a.id(), Subsidy.LIVING, false);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> progress.subsidyDecided(a.id(), Subsidy.LIVING, true))
                .isInstanceOf(ApplicationStateException.class);

        SubmittedApplication again = submitted(person, Subsidy.LIVING);
        assertThat(again.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> submitted(person, Subsidy.CARE))
                .isInstanceOfSatisfying(OpenApplicationExistsException.class, e -> {
                    assertThat(e.number()).isEqualTo(a.number());
                    assertThat(e.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
                });

        progress.subsidyDecided(a.id(), Subsidy.CARE, true);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(submitted(person, Subsidy.CARE).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aSubmissionRefusedForOneOpenSubsidyOpensNeitherAndStaysADraft() {
        ResidentId person = residentId();
        SubmittedApplication care = submitted(person, Subsidy.CARE);
        SubmittedApplication both =
                drafts.create(applicant, form(person, LUOYANG_TOWNSHIP, Subsidy.LIVING, Subsidy.CARE));
        IntakeFixtures.uploadRequired(materials, required, applicant, both, Set.of());

        assertThatThrownBy(() -> submissions.submit(applicant, both.id()))
                .isInstanceOfSatisfying(
                        OpenApplicationExistsException.class,
                        e -> assertThat(e.number()).isEqualTo(care.number()));

        // the statement opened LIVING before the update was skipped: the refusal rolled it back with the rest
        assertThat(applications.get(both.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(submitted(person, Subsidy.LIVING).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void bothSubsidiesDecidedAtOnceAndRefusedWhenOneIsDecidedAlready() {
        ResidentId person = residentId();
        SubmittedApplication a = submitted(person, Subsidy.LIVING, Subsidy.CARE);
        progress.accepted(a.id());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> progress.accepted(a.id())).isInstanceOf(ApplicationStateException.class);

        progress.subsidyDecided(a.id(), Subsidy.CARE, true);
        assertThatThrownBy(() ->
                        progress.subsidiesDecided(a.id(), java.util.Map.of(Subsidy.LIVING, true, Subsidy.CARE, false)))
                .isInstanceOfSatisfying(
                        ApplicationStateException.class,
                        e -> assertThat(e.act()).isEqualTo("DECIDE_CARE"));
        // refused whole: LIVING is still open for this application, so the person cannot apply for it again
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> submitted(person, Subsidy.LIVING)).isInstanceOf(OpenApplicationExistsException.class);

        SubmittedApplication b = submitted(residentId(), Subsidy.LIVING, Subsidy.CARE);
        progress.accepted(b.id());
        progress.subsidiesDecided(b.id(), java.util.Map.of(Subsidy.LIVING, false, Subsidy.CARE, true));
        assertThat(applications.get(b.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    @Test
    void theDecisionsStatementGivesTheCertificateAndARefusalSaysWhyWithNothingKept() {
        SubmittedApplication a = submitted(residentId(), Subsidy.LIVING, Subsidy.CARE);
        progress.accepted(a.id());
        CertificateNumber before = applications.certificateNumber(a.id());

        // in one transaction, as review's decision: the level comes from the row the decision's statement returned
        CertificateNumber inTheDecision = transactions.execute(s -> {
            progress.subsidiesDecided(a.id(), java.util.Map.of(Subsidy.LIVING, true, Subsidy.CARE, false));
            return applications.certificateNumber(a.id());
        });
        assertThat(inTheDecision).isEqualTo(before);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);

        // decided already: refused as before, and the rows the refused statement closed are rolled back with it
        SubmittedApplication b = submitted(residentId(), Subsidy.LIVING, Subsidy.CARE);
        assertThatThrownBy(() -> progress.subsidiesDecided(b.id(), java.util.Map.of(Subsidy.LIVING, true)))
                .isInstanceOfSatisfying(
                        ApplicationStateException.class,
                        e -> assertThat(e.act()).isEqualTo("DECIDE")); // SUBMITTED, not yet in review
        progress.accepted(b.id());
        progress.subsidiesDecided(b.id(), java.util.Map.of(Subsidy.LIVING, true));
        assertThat(applications.get(b.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void progressRefusesActsOutOfTurnAndUnknownCorrectionItems() {
        SubmittedApplication a = submitted(residentId(), Subsidy.CARE);
        assertThatThrownBy(() -> progress.lapsed(a.id())).isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> progress.subsidyDecided(a.id(), Subsidy.CARE, true))
                .isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> progress.returned(
                        a.id(), List.of(CorrectionItem.field("person.shoeSize")), "x", LocalDate.now()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("INTAKE_CORRECTION_ITEM_UNKNOWN"));
        assertThatThrownBy(() -> progress.returned(a.id(), List.of(), "x", LocalDate.now()))
                .isInstanceOf(InvalidValueException.class);

        progress.returned(a.id(), List.of(CorrectionItem.material("APPLICATION_FORM")), "表格未签字", LocalDate.now());
        progress.lapsed(a.id());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.LAPSED);
        assertThatThrownBy(() -> progress.accepted(a.id())).isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void notAcceptedReleasesTheOneOpenRule() {
        ResidentId person = residentId();
        SubmittedApplication a = submitted(person, Subsidy.CARE);
        progress.notAccepted(a.id());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(submitted(person, Subsidy.CARE).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void documentsAreKeptForTheApplicant() {
        SubmittedApplication a = submitted(residentId(), Subsidy.CARE);

        UUID doc = documents.attach(a.id(), NoticeKind.ACCEPTANCE_RECEIPT, IntakeFixtures.pdf());

        assertThat(documents.list(applicant, a.id())).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(doc);
            assertThat(d.kind()).isEqualTo(NoticeKind.ACCEPTANCE_RECEIPT);
        });
        assertThat(documents.open(applicant, a.id(), doc).stream()).hasBinaryContent(IntakeFixtures.pdf());
        assertThatThrownBy(() -> documents.list(Actor.applicant(UUID.randomUUID()), a.id()))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> documents.attach(a.id(), NoticeKind.APPROVAL_NOTICE, IntakeFixtures.png()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        assertThatThrownBy(() -> applications.get(ApplicationId.next()))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(MaterialType.valueOf("AGENT_AUTHORISATION_AND_ID")).isNotNull();
    }
}
