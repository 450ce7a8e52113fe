package org.liangxiang.intake;

/** Someone else changed the application at the same moment (optimistic locking); nothing was changed (409). */
public class ApplicationChangedException extends IllegalStateException {

    private final transient ApplicationId id;
    private final ApplicationStatus status;

    public ApplicationChangedException(ApplicationId id, ApplicationStatus status) {
        super("Application " + id + " was changed concurrently; it is now " + status);
        this.id = id;
        this.status = status;
    }

    public ApplicationId id() {
        return id;
    }

    public ApplicationStatus status() {
        return status;
    }
}
