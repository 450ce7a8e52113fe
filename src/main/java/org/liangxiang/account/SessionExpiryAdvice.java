package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page a signed-in applicant sees how long the session lasts without activity, so that the layout can
 * warn before it expires ({@code account/session-warning}); absent for everyone else.
 */
@ControllerAdvice
class SessionExpiryAdvice {

    /** Seconds before expiry at which the warning appears. */
    static final int WARN_BEFORE_SECONDS = 120;

    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (who == null || !(who.getPrincipal() instanceof SignedInApplicant) || session == null) {
            return null;
        }
        int seconds = session.getMaxInactiveInterval();
        return seconds > WARN_BEFORE_SECONDS ? seconds : null;
    }

    /** Where the warning's form (without the script) returns to: this page. */
    @ModelAttribute("sessionReturnTo")
    String returnTo(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("sessionWarnBefore")
    int warnBefore() {
        return WARN_BEFORE_SECONDS;
    }
}
