package org.liangxiang.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.shared.ChinaTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The townships' discovery lists (主动发现) for staff assistants, and the discovery runs on demand. */
@RestController
@RequestMapping(path = "/api/eligibility", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Eligibility: outreach", description = "主动发现: outreach tasks, contact log, ends")
class OutreachController {

    private final Outreach outreach;
    private final Discovery discovery;

    OutreachController(Outreach outreach, Discovery discovery) {
        this.outreach = outreach;
        this.discovery = discovery;
    }

    record Listed(long listed) {}

    @PostMapping("/discovery/new-certificates")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "List newly issued certificates now (as the daily job does)")
    Listed newCertificates(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal SignedInStaff staff) {
        return new Listed(discovery.newCertificates(date == null ? ChinaTime.today() : date, actor(staff)));
    }

    @PostMapping("/discovery/monthly")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "List people who appear to qualify but receive nothing, now (as the monthly job does)")
    Listed monthly(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal SignedInStaff staff) {
        return new Listed(discovery.appearToQualify(date == null ? ChinaTime.today() : date, actor(staff)));
    }

    @GetMapping("/outreach")
    @PreAuthorize("hasAnyRole('STAFF_ASSISTANT', 'TOWNSHIP_CLERK')")
    @Operation(summary = "Outreach tasks within the jurisdiction, oldest first")
    List<OutreachTask> list(
            @RequestParam(defaultValue = "OPEN") OutreachStatus status,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset,
            @AuthenticationPrincipal SignedInStaff staff) {
        return outreach.list(staff.jurisdiction(), status, limit, offset);
    }

    @GetMapping("/outreach/{id}")
    @PreAuthorize("hasAnyRole('STAFF_ASSISTANT', 'TOWNSHIP_CLERK')")
    @Operation(summary = "An outreach task with its contact log")
    OutreachTask get(@PathVariable UUID id, @AuthenticationPrincipal SignedInStaff staff) {
        return outreach.get(id, staff.jurisdiction());
    }

    record ContactForm(LocalDate contactedOn, ContactChannel channel, ContactOutcome outcome, String note) {}

    @PostMapping(path = "/outreach/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STAFF_ASSISTANT', 'TOWNSHIP_CLERK')")
    @Operation(summary = "Log a contact attempt (date, channel, outcome)")
    OutreachContact contact(
            @PathVariable UUID id, @RequestBody ContactForm form, @AuthenticationPrincipal SignedInStaff staff) {
        return outreach.logContact(id, form.contactedOn(), form.channel(), form.outcome(), form.note(), staff);
    }

    record CloseForm(OutreachEnd end, String note) {}

    @PostMapping(path = "/outreach/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('STAFF_ASSISTANT', 'TOWNSHIP_CLERK')")
    @Operation(summary = "End a task: NOT_INTERESTED, NOT_ELIGIBLE or MOVED")
    OutreachTask close(
            @PathVariable UUID id, @RequestBody CloseForm form, @AuthenticationPrincipal SignedInStaff staff) {
        return outreach.close(id, form.end(), form.note(), staff);
    }

    @PostMapping(path = "/outreach/{id}/assisted-application", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STAFF_ASSISTANT')")
    @Operation(
            summary = "Start an assisted application for the task's person and end the task with it",
            description = "The body is intake's draft form (person, subsidies, payee ...); the person's resident id"
                    + " must be the task's. The draft is on the ASSISTED channel; continue it under /api/intake.")
    OutreachTask assisted(
            @PathVariable UUID id, @RequestBody DraftForm form, @AuthenticationPrincipal SignedInStaff staff) {
        return outreach.startAssistedApplication(id, form, staff);
    }

    private static String actor(SignedInStaff staff) {
        return staff.accountId().toString();
    }
}
