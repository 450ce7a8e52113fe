package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.liangxiang.shared.ResidentId;

/** Fresh valid resident ids for tests, so that tests never share a person. */
final class People {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private People() {}

    /** Distinct within the run (the test database is emptied at each run's start): a counter, from a random start. */
    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    static ResidentId newResidentId() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays((n / 1000) % 25_000);
        String first17 = "4116" + String.format("%02d", (n / 25_000_000) % 100)
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return ResidentId.of(first17 + CHECK.charAt(sum % 11));
    }
}
