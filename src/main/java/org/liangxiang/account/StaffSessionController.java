package org.liangxiang.account;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-action extension of an idle staff session: the warning on every staff page posts here (with the CSRF token)
 * without leaving the page, so a half-filled form is kept. The request itself renews the session.
 */
@RestController
class StaffSessionController {

    @PostMapping("/staff/session/extend")
    Map<String, Integer> extend(HttpSession session) {
        return Map.of("idleSeconds", session.getMaxInactiveInterval());
    }
}
