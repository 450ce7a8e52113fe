package org.liangxiang.intake;

import java.util.List;

/**
 * A new application: the person, the submitter, the subsidies ({@code LIVING}, {@code CARE}), the receiving township
 * (9 digits; the home township when absent for online applications, the staff member's own township at a window) and
 * optionally the payee account. Channel ONLINE_MOBILE is asked for with {@code channel}; other online requests are
 * ONLINE_WEB; staff and partner channels are set by intake.
 */
public record DraftForm(
        PersonDetails person,
        SubmitterDetails submitter,
        List<String> subsidies,
        String receivingTownship,
        PayeeDetails payee,
        String channel) {}
