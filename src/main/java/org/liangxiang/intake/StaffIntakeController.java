package org.liangxiang.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake by staff: a township clerk enters a WINDOW application, a staff assistant an ASSISTED one, received in their
 * jurisdiction; then the same steps as online (materials, submission with Idempotency-Key, resubmission, withdrawal).
 * Other staff roles are refused (403); applications outside the jurisdiction are not found (404).
 */
@RestController
@RequestMapping(StaffIntakeController.BASE)
@Tag(name = "Intake (staff)", description = "Window and assisted applications entered by staff (窗口受理、帮办代办)")
class StaffIntakeController extends ApplicationApi {

    static final String BASE = "/api/intake/applications";

    private static final Set<StaffRole> ROLES = Set.of(StaffRole.TOWNSHIP_CLERK, StaffRole.STAFF_ASSISTANT);

    StaffIntakeController(IntakeWeb web) {
        super(web);
    }

    @Override
    Actor actor(Authentication authentication) {
        SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
        if (!ROLES.contains(staff.role())) {
            throw new AccessDeniedException("intake is for township clerks and staff assistants");
        }
        return Actor.staff(staff.accountId(), staff.role().name(), staff.jurisdiction());
    }

    @Override
    String basePath() {
        return BASE;
    }

    @PostMapping
    @Operation(
            summary = "Enter an application at the window or as an assistant",
            description = "WINDOW for a township clerk, ASSISTED for a staff assistant, recorded with the staff id. The"
                    + " receiving township is the one named (within the jurisdiction) or the clerk's own township.")
    ResponseEntity<ApplicationResource> create(@RequestBody DraftForm form, Authentication auth) {
        Actor actor = actor(auth);
        SubmittedApplication created = drafts.create(actor, form);
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(resource(actor, created.id()));
    }
}
