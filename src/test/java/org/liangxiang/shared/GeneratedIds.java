package org.liangxiang.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/** Valid resident ids from a seeded {@link Random}: any province, any region digits, a birth date in range. */
final class GeneratedIds {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private static final long FIRST_DAY = ResidentId.EARLIEST_BIRTH_DATE.toEpochDay();

    private GeneratedIds() {}

    /** A birth date from 1900-01-01 to {@code latest}, both included. */
    static LocalDate birthDate(Random random, LocalDate latest) {
        long days = latest.toEpochDay() - FIRST_DAY + 1;
        return LocalDate.ofEpochDay(FIRST_DAY + random.nextLong(days));
    }

    static String residentId(Random random) {
        return residentId(random, birthDate(random, TODAY));
    }

    static String residentId(Random random, LocalDate birthDate) {
        String first17 = PROVINCES.get(random.nextInt(PROVINCES.size()))
                + String.format("%04d", random.nextInt(10_000))
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1_000));
        return first17 + ResidentId.checkCharacter(first17);
    }
}
