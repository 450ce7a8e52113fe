package org.liangxiang.intake;

import org.springframework.context.ApplicationContext;

/** For the benchmark: runs intake's full-name index back-fill to completion, so that it never runs while measuring. */
public final class NameIndexBackfills {

    private NameIndexBackfills() {}

    /** Fills every application's missing name index now; answers how many rows it filled. */
    public static int fillAll(ApplicationContext context) {
        return context.getBean(FullNameBackfill.class).fillAll();
    }
}
