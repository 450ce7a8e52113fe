package org.liangxiang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffRole;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.PersonDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The same form for staff ({@code /staff/intake}): a township clerk enters a WINDOW application (scanned materials are
 * uploads), a staff assistant an ASSISTED one, including the drafts that an outreach task opened
 * ({@code /staff/intake/<id>/person}). Intake checks the jurisdiction; other roles are refused (403).
 */
@Controller
@RequestMapping("/staff/intake")
class StaffIntakePagesController extends ApplicationFinishController {

    private static final Set<StaffRole> ROLES = Set.of(StaffRole.TOWNSHIP_CLERK, StaffRole.STAFF_ASSISTANT);

    StaffIntakePagesController(FormServices services, FormPages pages) {
        super(services, pages);
    }

    @Override
    Actor actor(Authentication auth) {
        SignedInStaff staff = (SignedInStaff) auth.getPrincipal();
        if (!ROLES.contains(staff.role())) {
            throw new AccessDeniedException("intake is for township clerks and staff assistants");
        }
        return Actor.staff(staff.accountId(), staff.role().name(), staff.jurisdiction());
    }

    @Override
    FormPages.Audience audience(Authentication auth) {
        Actor actor = actor(auth);
        return new FormPages.Audience(actor, "/staff/intake", true, "/api/intake/applications", actor.jurisdiction());
    }

    @Override
    String channel(HttpServletRequest request) {
        return null;
    }

    @Override
    PersonDetails known(Authentication auth, StartAnswers start) {
        return null;
    }
}
