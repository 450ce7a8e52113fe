package org.liangxiang.intake;

import java.util.NoSuchElementException;

/** No application with this id, or none the actor may see (both answer 404, so that ids cannot be probed). */
public class ApplicationNotFoundException extends NoSuchElementException {

    private final transient ApplicationId id;

    public ApplicationNotFoundException(ApplicationId id) {
        super("No application " + id);
        this.id = id;
    }

    public ApplicationId id() {
        return id;
    }
}
