package org.liangxiang.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liangxiang.shared.crypto.Sm3;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints applicants ({@code /api/applications}) and intake staff ({@code /api/intake/applications}) share: one
 * application, its changes, materials, documents, submission, resubmission and withdrawal. Subclasses say who acts.
 */
abstract class ApplicationApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    final Applications applications;
    final ApplicationDrafts drafts;
    final ApplicationMaterials materials;
    final ApplicationSubmissions submissions;
    final ApplicationDocuments documents;
    final ApplicationResources resources;
    final IdempotencyKeys idempotency;
    final JsonMapper json;

    ApplicationApi(IntakeWeb web) {
        this.applications = web.applications();
        this.drafts = web.drafts();
        this.materials = web.materials();
        this.submissions = web.submissions();
        this.documents = web.documents();
        this.resources = web.resources();
        this.idempotency = web.idempotency();
        this.json = web.json();
    }

    /** Who acts for the signed-in account. */
    abstract Actor actor(Authentication authentication);

    /** The path the resource lives under, for links. */
    abstract String basePath();

    record SubsidiesRequest(List<String> subsidies) {}

    /** What submission, resubmission and withdrawal answer (and what a retry with the same key gets again). */
    record SubmissionAnswer(
            String id, String number, String status, String channel, String submittedAt, String submittedOn) {

        static SubmissionAnswer of(SubmittedApplication a) {
            return new SubmissionAnswer(
                    a.id().toString(),
                    a.number(),
                    a.status().name(),
                    a.channel().name(),
                    a.submittedAt() == null ? null : a.submittedAt().toString(),
                    a.submittedOn() == null ? null : a.submittedOn().toString());
        }
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One application",
            description =
                    "Status; what to correct and by when (when returned); where it is expected next (stage, office,"
                            + " due date); materials and what is still missing; notices; the plain-language timeline with office"
                            + " and date. 404 for an application the caller may not see.")
    ApplicationResource get(@PathVariable String id, Authentication auth) {
        return resource(actor(auth), ApplicationId.of(id));
    }

    @PutMapping("/{id}/person")
    @Operation(summary = "Change the person (draft; correctable fields while returned)")
    ApplicationResource person(@PathVariable String id, @RequestBody PersonDetails body, Authentication auth) {
        Actor actor = actor(auth);
        drafts.updatePerson(actor, ApplicationId.of(id), body);
        return resource(actor, ApplicationId.of(id));
    }

    @PutMapping("/{id}/payee")
    @Operation(summary = "Set or change the payee account (a new payee record each time)")
    ApplicationResource payee(@PathVariable String id, @RequestBody PayeeDetails body, Authentication auth) {
        Actor actor = actor(auth);
        drafts.updatePayee(actor, ApplicationId.of(id), body);
        return resource(actor, ApplicationId.of(id));
    }

    @PutMapping("/{id}/submitter")
    @Operation(summary = "Change the submitter (draft; the relationship while returned)")
    ApplicationResource submitter(@PathVariable String id, @RequestBody SubmitterDetails body, Authentication auth) {
        Actor actor = actor(auth);
        drafts.updateSubmitter(actor, ApplicationId.of(id), body);
        return resource(actor, ApplicationId.of(id));
    }

    @PutMapping("/{id}/subsidies")
    @Operation(summary = "Change the subsidies asked for (draft only)")
    ApplicationResource subsidies(@PathVariable String id, @RequestBody SubsidiesRequest body, Authentication auth) {
        Actor actor = actor(auth);
        drafts.updateSubsidies(actor, ApplicationId.of(id), body == null ? null : body.subsidies());
        return resource(actor, ApplicationId.of(id));
    }

    @PostMapping(path = "/{id}/materials/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload or replace a material",
            description = "Multipart part 'file': PDF, JPEG or PNG judged from the content, at most 10 MB. Uploading a"
                    + " type again makes a new version; earlier versions stay. Allowed in DRAFT, SUBMITTED, RETURNED.")
    ResponseEntity<MaterialVersion> upload(
            @PathVariable String id,
            @Parameter(example = "DISABILITY_CERTIFICATE") @PathVariable String type,
            @RequestPart("file") MultipartFile file,
            Authentication auth)
            throws IOException {
        if (file.getSize() > ApplicationMaterials.MAX_BYTES) {
            throw materials.tooLarge();
        }
        MaterialVersion version =
                materials.upload(actor(auth), ApplicationId.of(id), type, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(version);
    }

    @GetMapping("/{id}/materials")
    @Operation(summary = "The current version of each material")
    List<MaterialVersion> currentMaterials(@PathVariable String id, Authentication auth) {
        return materials.current(actor(auth), ApplicationId.of(id));
    }

    @GetMapping("/{id}/materials/{type}/versions")
    @Operation(summary = "Every version of one material, oldest first")
    List<MaterialVersion> versions(@PathVariable String id, @PathVariable String type, Authentication auth) {
        return materials.versions(actor(auth), ApplicationId.of(id), type);
    }

    @GetMapping("/{id}/materials/{type}/versions/{versionId}")
    @Operation(summary = "Download one version of a material")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String id, @PathVariable String type, @PathVariable UUID versionId, Authentication auth) {
        return file(materials.open(actor(auth), ApplicationId.of(id), versionId));
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The notices issued for the application")
    List<ApplicationResource.DocumentView> documents(@PathVariable String id, Authentication auth) {
        return resource(actor(auth), ApplicationId.of(id)).documents();
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a notice (PDF)")
    ResponseEntity<InputStreamResource> document(
            @PathVariable String id, @PathVariable UUID documentId, Authentication auth) {
        return file(documents.open(actor(auth), ApplicationId.of(id), documentId));
    }

    @PostMapping("/{id}/submission")
    @Operation(
            summary = "Submit (DRAFT -> SUBMITTED)",
            description = "Honours Idempotency-Key: a retry with the same key and request gets the first answer again;"
                    + " the same key with another request is 422; a retry while the first runs is 409. 400 names each"
                    + " missing material; 409 says where the person's open application for a subsidy is.")
    ResponseEntity<String> submit(
            @PathVariable String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request,
            Authentication auth) {
        Actor actor = actor(auth);
        ApplicationId application = ApplicationId.of(id);
        return once(
                actor,
                key,
                request,
                body,
                claim -> submissions.submittingFacts(application, claim),
                (facts, answered) -> submissions.submit(actor, application, facts, answered));
    }

    @PostMapping("/{id}/resubmission")
    @Operation(
            summary = "Resubmit after a return",
            description = "Every item the return named must have been changed; else 400 naming the items still open."
                    + " Honours Idempotency-Key like submission.")
    ResponseEntity<String> resubmit(
            @PathVariable String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request,
            Authentication auth) {
        Actor actor = actor(auth);
        ApplicationId application = ApplicationId.of(id);
        return once(
                actor,
                key,
                request,
                body,
                claim -> submissions.facts(application, claim),
                (facts, answered) -> submissions.resubmit(actor, application, facts));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw (before a decision: SUBMITTED, RETURNED, IN_REVIEW)")
    ResponseEntity<String> withdraw(
            @PathVariable String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request,
            Authentication auth) {
        Actor actor = actor(auth);
        return once(actor, key, request, body, () -> submissions.withdraw(actor, ApplicationId.of(id)));
    }

    ApplicationResource resource(Actor actor, ApplicationId id) {
        return resources.of(actor, id, basePath(), LocaleContextHolder.getLocale());
    }

    private ResponseEntity<String> once(
            Actor actor, String key, HttpServletRequest request, byte[] body, Supplier<SubmittedApplication> act) {
        IdempotencyKeys.Answer answer = idempotency.run(
                actor.accountId(),
                key,
                digest(request.getMethod(), request.getRequestURI(), body),
                () -> new IdempotencyKeys.Answer(200, json.writeValueAsString(SubmissionAnswer.of(act.get()))));
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    /**
     * As {@link #once(Actor, String, HttpServletRequest, byte[], Supplier)}, for a request that
     * reads its application's submission facts first: with a key, the key is claimed by that read ({@code read}; a
     * submission's also makes its own writes there), and the act may give its answer as soon as it knows it (to the
     * consumer it is handed; null without a key), so that the answer is written with the transaction's other rows
     * ({@link IdempotencyKeys#run(UUID, String, byte[], Function, BiFunction)}). Without a key the act reads the facts
     * itself.
     */
    private ResponseEntity<String> once(
            Actor actor,
            String key,
            HttpServletRequest request,
            byte[] body,
            Function<IdempotencyKeys.ClaimPart, ApplicationStore.SubmissionFacts> read,
            BiFunction<ApplicationStore.SubmissionFacts, Consumer<SubmittedApplication>, SubmittedApplication>
                    actOnFacts) {
        if (key == null) { // the act reads the facts itself
            return once(actor, null, request, body, () -> actOnFacts.apply(null, null));
        }
        IdempotencyKeys.Answer answer = idempotency.run(
                actor.accountId(),
                key,
                digest(request.getMethod(), request.getRequestURI(), body),
                read,
                (facts, answered) -> {
                    Early early = new Early();
                    SubmittedApplication done = actOnFacts.apply(facts, given -> answered.accept(early.of(given)));
                    // the answer made once when the act returns what it gave early (a submission does)
                    return done.equals(early.application) ? early.answer : answer(done);
                });
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    /** The application an act gave early and the answer made of it. */
    private final class Early {

        private SubmittedApplication application;
        private IdempotencyKeys.Answer answer;

        IdempotencyKeys.Answer of(SubmittedApplication given) {
            application = given;
            answer = answer(given);
            return answer;
        }
    }

    private IdempotencyKeys.Answer answer(SubmittedApplication application) {
        return new IdempotencyKeys.Answer(200, json.writeValueAsString(SubmissionAnswer.of(application)));
    }

    /** SM3 of the method, the path and the body: what "the same request" means for an idempotency key. */
    static byte[] digest(String method, String path, byte[] body) {
        return Sm3.hash(
                (method + " " + path + "\n").getBytes(StandardCharsets.UTF_8), body == null ? new byte[0] : body);
    }

    private static ResponseEntity<InputStreamResource> file(ApplicationMaterials.Content content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment")
                .body(new InputStreamResource(content.stream()));
    }
}
