package org.liangxiang.intake;

import java.util.Set;

/** The act is not allowed in the application's current status (409): names the act, the status and the allowed ones. */
public class ApplicationStateException extends IllegalStateException {

    private final String act;
    private final ApplicationStatus status;
    private final transient Set<ApplicationStatus> allowed;

    public ApplicationStateException(String act, ApplicationStatus status, Set<ApplicationStatus> allowed) {
        super("Cannot " + act + " an application in status " + status + " (allowed in " + allowed + ")");
        this.act = act;
        this.status = status;
        this.allowed = Set.copyOf(allowed);
    }

    /** The act refused, e.g. {@code WITHDRAW}. */
    public String act() {
        return act;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Set<ApplicationStatus> allowed() {
        return allowed;
    }
}
