package org.liangxiang.intake;

/** How an application came in. One flow and one standard whatever the channel; the channel is recorded. Stored by name. */
public enum Channel {
    /** The applicant portal in a browser. */
    ONLINE_WEB,
    /** A mobile channel (the mobile portal, an app or mini-program) that says so. */
    ONLINE_MOBILE,
    /** Entered by a township clerk at the window (窗口受理). */
    WINDOW,
    /** Entered by a staff assistant for the person (代办帮办). */
    ASSISTED,
    /** Pushed by a partner system (a province's own system, the national system). */
    PARTNER
}
