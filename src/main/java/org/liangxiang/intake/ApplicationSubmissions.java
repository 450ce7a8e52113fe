package org.liangxiang.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission, resubmission after a return, and withdrawal: each checks the status, is audited and publishes its event
 * in the same transaction (review's listeners open, reopen or close the case in it).
 */
@Service
public class ApplicationSubmissions {

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final RequiredMaterials required;
    private final OpenApplications open;
    private final Corrections corrections;
    private final IntakeRecorder recorder;
    private final IntakeMessages messages;

    ApplicationSubmissions(
            ApplicationAccess access,
            ApplicationStore store,
            RequiredMaterials required,
            OpenApplications open,
            Corrections corrections,
            IntakeRecorder recorder,
            IntakeMessages messages) {
        this.access = access;
        this.store = store;
        this.required = required;
        this.open = open;
        this.corrections = corrections;
        this.recorder = recorder;
        this.messages = messages;
    }

    /**
     * DRAFT -> SUBMITTED. Refused with 400 while the payee account or a required material is missing (each named),
     * with 409 ({@link OpenApplicationExistsException}) while the person has an open application for a subsidy asked.
     */
    @Transactional
    public SubmittedApplication submit(Actor actor, ApplicationId id) {
        return submit(actor, id, null, null);
    }

    /**
     * What {@link #submit(Actor, ApplicationId)} and {@link #resubmit(Actor, ApplicationId)} read first, with the
     * request's idempotency key claimed by the same statement ({@link IdempotencyKeys.ClaimPart}); in the caller's
     * transaction.
     */
    ApplicationStore.SubmissionFacts facts(ApplicationId id, IdempotencyKeys.ClaimPart claim) {
        return store.submissionFacts(id, claim);
    }

    /**
     * What {@link #submit(Actor, ApplicationId, ApplicationStore.SubmissionFacts, Consumer)} reads first for a keyed
     * request, with the key's claim and the submission's own writes in the same statement ({@link
     * ApplicationStore#submittingFacts}: made before the checks, undone with the transaction by any refusal); in the
     * caller's transaction.
     */
    ApplicationStore.SubmissionFacts submittingFacts(ApplicationId id, IdempotencyKeys.ClaimPart claim) {
        // to the microsecond, as PostgreSQL keeps it, so that the row remembered is the row stored
        return store.submittingFacts(id, claim, Instant.now().truncatedTo(ChronoUnit.MICROS), ChinaTime.today());
    }

    /**
     * Submission from the facts just read in this transaction ({@link #facts}), or read here when null; {@code
     * answered} (when not null) is told the answer as soon as the application is written, before the event's
     * listeners open the case (so that an idempotency key's answer goes with the case's opening statement).
     */
    @Transactional
    SubmittedApplication submit(
            Actor actor,
            ApplicationId id,
            ApplicationStore.SubmissionFacts read,
            Consumer<SubmittedApplication> answered) {
        ApplicationStore.SubmissionFacts facts = read != null ? read : store.submissionFacts(id);
        Application a = access.actionable(actor, id); // the row just read, remembered for the transaction
        a.require("SUBMIT", ApplicationStatus.DRAFT);
        requireComplete(a, facts);
        if (facts.write() != null) { // written by the first statement already: only its outcome is judged
            store.submitted(a, facts.write(), open);
        } else {
            store.submitted(
                    a, Instant.now(), ChinaTime.today(), open); // the open rows and the application, one statement
        }
        recorder.audit(
                a,
                actor,
                "APPLICATION_SUBMITTED",
                "DRAFT",
                "SUBMITTED",
                a.channel().name());
        if (answered != null) {
            answered.accept(access.load(id).view()); // the row just written, remembered for the transaction
        }
        recorder.publish(new ApplicationSubmitted(a.envelope(actor), id, Set.copyOf(a.subsidies())));
        return access.load(id).view();
    }

    /**
     * RETURNED -> SUBMITTED (or IN_REVIEW when the return came after acceptance). Refused with 400 naming every item
     * of the return not yet changed.
     */
    @Transactional
    public SubmittedApplication resubmit(Actor actor, ApplicationId id) {
        return resubmit(actor, id, null);
    }

    /** Resubmission from the facts just read in this transaction ({@link #facts}), or read here when null. */
    @Transactional
    SubmittedApplication resubmit(Actor actor, ApplicationId id, ApplicationStore.SubmissionFacts read) {
        ApplicationStore.SubmissionFacts facts = read != null ? read : store.submissionFacts(id);
        Application a = access.actionable(actor, id); // the row just read, remembered for the transaction
        a.require("RESUBMIT", ApplicationStatus.RETURNED);
        InvalidInputException.throwIfAny(
                corrections.stillOpen(a).stream().map(this::stillOpen).toList());
        requireComplete(a, facts);
        ApplicationStatus next = a.afterResubmission();
        store.status(a, next);
        recorder.audit(a, actor, "APPLICATION_RESUBMITTED", "RETURNED", next.name(), null);
        recorder.publish(new ApplicationResubmitted(a.envelope(actor), id));
        return access.load(id).view();
    }

    /** SUBMITTED, RETURNED or IN_REVIEW -> WITHDRAWN, before any decision; the person may apply again. */
    @Transactional
    public SubmittedApplication withdraw(Actor actor, ApplicationId id) {
        Application a = access.actionable(actor, id);
        a.require("WITHDRAW", ApplicationStatus.WITHDRAWABLE);
        store.status(a, ApplicationStatus.WITHDRAWN);
        open.release(id);
        recorder.audit(a, actor, "APPLICATION_WITHDRAWN", a.status().name(), "WITHDRAWN", null);
        recorder.publish(new ApplicationWithdrawn(a.envelope(actor), id));
        return access.load(id).view();
    }

    private void requireComplete(Application a, ApplicationStore.SubmissionFacts facts) {
        PayeeHolder holder = facts.payeeHolder().orElseThrow(() -> messages.invalid("payee", "INTAKE_PAYEE_REQUIRED"));
        // the person (sealed) is read only when it matters: for a guardian's account
        if (holder == PayeeHolder.GUARDIAN && !store.person(a.id()).mayBePaidToGuardian(ChinaTime.today())) {
            throw messages.invalid("payee.holder", "INTAKE_GUARDIAN_ACCOUNT_NOT_ALLOWED");
        }
        Set<MaterialType> provided = facts.materialTypes();
        required.requireComplete(
                RegionCode.of(a.homeTownship()), a.subsidies(), a.situations(holder), ChinaTime.today(), provided);
        if (a.submitterKind().agent() && !provided.contains(MaterialType.AGENT_AUTHORISATION_AND_ID)) {
            throw messages.invalid("materials", "INTAKE_MANDATE_REQUIRED");
        }
    }

    private InvalidValueException stillOpen(CorrectionItem item) {
        return item.kind() == CorrectionItem.Kind.MATERIAL
                ? messages.invalid(
                        "materials." + item.code(), "INTAKE_CORRECTION_MATERIAL_OPEN", materialName(item.code()))
                : messages.invalid(item.code(), "INTAKE_CORRECTION_FIELD_OPEN", fieldName(item.code()));
    }

    private static MessageSourceResolvable materialName(String code) {
        return new DefaultMessageSourceResolvable("guide.material." + code + ".name");
    }

    private static MessageSourceResolvable fieldName(String path) {
        return new DefaultMessageSourceResolvable("intake.field." + path);
    }
}
