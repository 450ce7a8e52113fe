package org.liangxiang;

import java.util.concurrent.ThreadLocalRandom;
import org.liangxiang.shared.ResidentId;

/** Fresh, valid resident ids (Zhengzhou 中原区, born 1960-1999) for tests that need a person nobody else uses. */
public final class TestResidentIds {

    private TestResidentIds() {}

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "410102" + (1960 + random.nextInt(40)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentId.checkCharacter(first17);
    }
}
