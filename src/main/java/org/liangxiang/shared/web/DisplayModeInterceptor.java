package org.liangxiang.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps the person's display mode (default, large text, high contrast) in a cookie and exposes it to the page as the
 * request attribute {@code displayMode}, which the layout puts on the {@code <html>} element as a class.
 */
class DisplayModeInterceptor implements HandlerInterceptor {

    static final String COOKIE = "lx-display";
    private static final Set<String> MODES = Set.of("default", "large", "contrast");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String mode = request.getParameter("display");
        if (mode != null && MODES.contains(mode)) {
            Cookie cookie = new Cookie(COOKIE, mode);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        } else {
            mode = fromCookie(request);
        }
        request.setAttribute("displayMode", "display-" + mode);
        return true;
    }

    private static String fromCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && MODES.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return "default";
    }
}
