package org.liangxiang.eligibility.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.eligibility.ContactChannel;
import org.liangxiang.eligibility.ContactOutcome;
import org.liangxiang.eligibility.Outreach;
import org.liangxiang.eligibility.OutreachAssignment;
import org.liangxiang.eligibility.OutreachEnd;
import org.liangxiang.eligibility.OutreachStatus;
import org.liangxiang.eligibility.OutreachTask;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outreach tasks (主动发现) for the township's staff assistants and clerks ({@code /staff/outreach}): the list by
 * assignee, a task with its contact log, logging a contact, ending it, handing it to a colleague of the same office,
 * and (staff assistants) starting an assisted application, which opens the draft through {@link Outreach} and continues
 * on the application pages at {@code /staff/intake/{applicationId}/person}.
 */
@Controller
@PreAuthorize("hasAnyRole('STAFF_ASSISTANT', 'TOWNSHIP_CLERK')")
class OutreachPages {

    private final Outreach outreach;
    private final OutreachAssignment assignment;
    private final StaffAccounts accounts;
    private final Regions regions;

    OutreachPages(Outreach outreach, OutreachAssignment assignment, StaffAccounts accounts, Regions regions) {
        this.outreach = outreach;
        this.assignment = assignment;
        this.accounts = accounts;
        this.regions = regions;
    }

    @ModelAttribute("channels")
    ContactChannel[] channels() {
        return ContactChannel.values();
    }

    @ModelAttribute("outcomes")
    ContactOutcome[] outcomes() {
        return ContactOutcome.values();
    }

    @ModelAttribute("ends")
    List<OutreachEnd> ends() {
        return List.of(OutreachEnd.NOT_INTERESTED, OutreachEnd.NOT_ELIGIBLE, OutreachEnd.MOVED);
    }

    @GetMapping("/staff/outreach")
    String list(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(defaultValue = "ALL") String scope,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutreachStatus shown = RecheckPages.constant(OutreachStatus.class, status);
        OutreachAssignment.Scope whose = RecheckPages.constant(OutreachAssignment.Scope.class, scope);
        shown = shown == null ? OutreachStatus.OPEN : shown;
        whose = whose == null ? OutreachAssignment.Scope.ALL : whose;
        model.addAttribute("status", shown);
        model.addAttribute("scope", whose);
        model.addAttribute("statuses", OutreachStatus.values());
        model.addAttribute("scopes", OutreachAssignment.Scope.values());
        model.addAttribute("result", assignment.search(staff, shown, whose, page));
        model.addAttribute("me", staff.accountId());
        return "eligibility/outreach-list";
    }

    @GetMapping("/staff/outreach/{id}")
    String task(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Model model) {
        return detail(staff, id, model, FormErrors.none(), new Entered());
    }

    /** What the forms of the task page carry back when one is refused. */
    record Entered(
            String contactedOn,
            String channel,
            String outcome,
            String note,
            String end,
            String endNote,
            String assignee,
            String reason,
            PersonDetails person,
            List<String> subsidies,
            SubmitterDetails submitter) {

        Entered() {
            this(null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @PostMapping("/staff/outreach/{id}/contacts")
    String contact(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String contactedOn,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Locale locale) {
        Entered entered = new Entered(contactedOn, channel, outcome, note, null, null, null, null, null, null, null);
        try {
            outreach.logContact(
                    id,
                    date(contactedOn),
                    RecheckPages.constant(ContactChannel.class, channel),
                    RecheckPages.constant(ContactOutcome.class, outcome),
                    note.isBlank() ? null : note.strip(),
                    staff);
            return "redirect:/staff/outreach/" + id + "?contactLogged";
        } catch (InvalidValueException e) {
            return detail(staff, id, model, FormErrors.of(e, locale), entered);
        }
    }

    @PostMapping("/staff/outreach/{id}/close")
    String close(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String endNote,
            Model model,
            Locale locale) {
        try {
            outreach.close(
                    id,
                    RecheckPages.constant(OutreachEnd.class, end),
                    endNote.isBlank() ? null : endNote.strip(),
                    staff);
            return "redirect:/staff/outreach/" + id + "?closed";
        } catch (InvalidValueException e) {
            FormErrors errors = FormErrors.of("note".equals(e.field()) ? e.forField("endNote") : e, locale);
            return detail(
                    staff,
                    id,
                    model,
                    errors,
                    new Entered(null, null, null, null, end, endNote, null, null, null, null, null));
        }
    }

    @PostMapping("/staff/outreach/{id}/assignee")
    String reassign(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale) {
        try {
            assignment.reassign(id, uuid(assignee), reason, staff);
            return "redirect:/staff/outreach/" + id + "?reassigned";
        } catch (InvalidValueException e) {
            return detail(
                    staff,
                    id,
                    model,
                    FormErrors.of(e, locale),
                    new Entered(null, null, null, null, null, null, assignee, reason, null, null, null));
        }
    }

    @PostMapping("/staff/outreach/{id}/assisted-application")
    @PreAuthorize("hasRole('STAFF_ASSISTANT')")
    String assisted(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(name = "person.fullName", defaultValue = "") String fullName,
            @RequestParam(name = "person.residentId", defaultValue = "") String residentId,
            @RequestParam(name = "person.certificateNumber", defaultValue = "") String certificateNumber,
            @RequestParam(name = "person.householdAddress", defaultValue = "") String householdAddress,
            @RequestParam(name = "person.homeTownship", defaultValue = "") String homeTownship,
            @RequestParam(name = "person.underGuardianship", defaultValue = "false") boolean underGuardianship,
            @RequestParam(name = "subsidies", required = false) List<String> subsidies,
            @RequestParam(name = "submitter.kind", defaultValue = "PERSON") String submitterKind,
            @RequestParam(name = "submitter.relationship", defaultValue = "") String relationship,
            Model model,
            Locale locale) {
        PersonDetails person = new PersonDetails(
                fullName,
                residentId.strip(),
                certificateNumber.strip(),
                householdAddress,
                homeTownship.strip(),
                underGuardianship);
        SubmitterDetails submitter = new SubmitterDetails(submitterKind, relationship.isBlank() ? null : relationship);
        List<String> chosen = subsidies == null ? List.of() : subsidies;
        try {
            OutreachTask task = outreach.startAssistedApplication(
                    id, new DraftForm(person, submitter, chosen, null, null, null), staff);
            return "redirect:/staff/intake/" + task.applicationId() + "/person";
        } catch (InvalidValueException | InvalidInputException e) {
            return detail(
                    staff,
                    id,
                    model,
                    FormErrors.of(e, locale),
                    new Entered(null, null, null, null, null, null, null, null, person, chosen, submitter));
        }
    }

    private String detail(SignedInStaff staff, UUID id, Model model, FormErrors errors, Entered entered) {
        OutreachTask task = outreach.get(id, staff.jurisdiction());
        UUID assignee = assignment.assignee(id, staff.jurisdiction());
        model.addAttribute("task", task);
        model.addAttribute("township", regions.namePath(task.townshipCode()));
        model.addAttribute("assigneeName", assignee == null ? null : accounts.usernameOf(assignee));
        model.addAttribute(
                "colleagues",
                assignment.colleagues(staff).stream()
                        .filter(c -> !c.id().equals(assignee))
                        .toList());
        model.addAttribute("mayStartApplication", staff.role() == StaffRole.STAFF_ASSISTANT);
        model.addAttribute("today", ChinaTime.today());
        model.addAttribute("allSubsidies", Subsidy.values());
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        model.addAttribute("personValues", personValues(entered.person(), task));
        return "eligibility/outreach-task";
    }

    /** The person fields of the assisted-application form: as entered, or the task's township to start with. */
    private static java.util.Map<String, String> personValues(PersonDetails person, OutreachTask task) {
        if (person == null) {
            return java.util.Map.of("homeTownship", task.townshipCode());
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("fullName", person.fullName());
        values.put("residentId", person.residentId());
        values.put("certificateNumber", person.certificateNumber());
        values.put("householdAddress", person.householdAddress());
        values.put("homeTownship", person.homeTownship());
        return values;
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
