package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The channel a portal visit came through, kept in the session: {@link #ONLINE_MOBILE} once the person entered through
 * {@code /m} (what a mini-program shell or the installed web app opens), {@link #ONLINE_WEB} otherwise. The application
 * journey records it on the application and in its events' envelopes.
 */
public final class PortalChannels {

    public static final String ONLINE_WEB = "ONLINE_WEB";
    public static final String ONLINE_MOBILE = "ONLINE_MOBILE";

    static final String SESSION_ATTRIBUTE = "LIANGXIANG_PORTAL_CHANNEL";

    private PortalChannels() {}

    /** The channel of this request's session: {@link #ONLINE_MOBILE} or {@link #ONLINE_WEB}. */
    public static String current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object channel = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return ONLINE_MOBILE.equals(channel) ? ONLINE_MOBILE : ONLINE_WEB;
    }

    static void enterMobile(HttpServletRequest request) {
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, ONLINE_MOBILE);
    }
}
