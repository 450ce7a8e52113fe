package org.liangxiang.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The time zone the policy's dates are in (Beijing time), whatever the server's own zone is. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {}

    /** Today's date in China. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
