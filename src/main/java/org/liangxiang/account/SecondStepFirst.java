package org.liangxiang.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A staff member half-way through signing in (password given, second factor not yet) who asks for a staff page is sent
 * to the second step; every other refusal goes to the audited 403.
 */
class SecondStepFirst implements AccessDeniedHandler {

    private final AccessDeniedHandler denial;

    SecondStepFirst(AccessDeniedHandler denial) {
        this.denial = denial;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean halfway = who != null
                && who.getAuthorities().stream().anyMatch(a -> StaffAccess.PASSWORD_VERIFIED.equals(a.getAuthority()));
        if (halfway && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/staff/login/code");
            return;
        }
        denial.handle(request, response, denied);
    }
}
