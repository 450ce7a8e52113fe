package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.liangxiang.shared.ResidentId;

/** Fresh valid resident ids for tests, so that tests never share a person. */
final class People {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private People() {}

    static ResidentId newResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000));
        String first17 = "4116" + String.format("%02d", random.nextInt(100))
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return ResidentId.of(first17 + CHECK.charAt(sum % 11));
    }
}
