package org.liangxiang.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.liangxiang.account.SignedInApplicant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's JSON API: drafts, materials, submission, correction, withdrawal, and the applications made for the
 * signed-in person (once real-name bound) or by them for others. Mobile clients send {@code X-Channel: ONLINE_MOBILE}
 * (or {@code "channel": "ONLINE_MOBILE"} in the draft) so that the channel is recorded.
 */
@RestController
@RequestMapping(ApplicationsController.BASE)
@Tag(name = "Applications", description = "The applicant's applications (申请): drafts, materials, submission, progress")
class ApplicationsController extends ApplicationApi {

    static final String BASE = "/api/applications";
    static final String CHANNEL_HEADER = "X-Channel";

    ApplicationsController(IntakeWeb web) {
        super(web);
    }

    @Override
    Actor actor(Authentication authentication) {
        return Actor.applicant(((SignedInApplicant) authentication.getPrincipal()).accountId());
    }

    @Override
    String basePath() {
        return BASE;
    }

    @PostMapping
    @Operation(
            summary = "Start an application (a draft)",
            description = "The person (resident id, certificate number with the person's id, household address, home"
                    + " township as given), the submitter (PERSON or an agent with the relationship), subsidies, the"
                    + " receiving township (the home township when absent) and optionally the payee account. Channel"
                    + " ONLINE_WEB, or ONLINE_MOBILE with the X-Channel header or the channel field.")
    ResponseEntity<ApplicationResource> create(
            @RequestBody DraftForm form,
            @Parameter(description = "ONLINE_MOBILE from mobile clients")
                    @RequestHeader(name = CHANNEL_HEADER, required = false)
                    String channel,
            Authentication auth) {
        Actor actor = actor(auth);
        DraftForm withChannel = channel == null
                ? form
                : new DraftForm(
                        form.person(),
                        form.submitter(),
                        form.subsidies(),
                        form.receivingTownship(),
                        form.payee(),
                        channel);
        SubmittedApplication created = drafts.create(actor, withChannel);
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(resource(actor, created.id()));
    }

    @GetMapping("/mine")
    @Operation(
            summary = "Applications for me",
            description = "Made for the signed-in person by anyone (online, at a window, by an assistant or agent),"
                    + " found by the real-name binding; empty while the account is not real-name bound.")
    List<Summary> mine(Authentication auth) {
        return applications.mine(actor(auth).accountId()).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping("/helped")
    @Operation(summary = "Applications I made for other people (as an agent)")
    List<Summary> helped(Authentication auth) {
        return applications.helped(actor(auth).accountId()).stream()
                .map(this::summary)
                .toList();
    }

    /** One line of a list. */
    record Summary(
            String id,
            String number,
            String status,
            String statusText,
            String channel,
            List<String> subsidies,
            ApplicationResource.Place receivingTownship,
            ApplicationResource.Place homeTownship,
            String submittedOn,
            String href) {}

    private Summary summary(SubmittedApplication a) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Summary(
                a.id().toString(),
                a.number(),
                a.status().name(),
                resources.text("intake.status." + a.status(), locale),
                a.channel().name(),
                a.subsidies().stream().sorted().map(Enum::name).toList(),
                resources.place(a.receivingTownship()),
                resources.place(a.homeTownship()),
                a.submittedOn() == null ? null : a.submittedOn().toString(),
                BASE + "/" + a.id());
    }
}
