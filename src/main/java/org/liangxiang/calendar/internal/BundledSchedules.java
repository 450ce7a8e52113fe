package org.liangxiang.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.calendar.DayKind;

/**
 * The State Council schedules shipped with Liangxiang ({@code calendar/cn-holidays.csv}, converted by
 * tools/holiday-calendar-to-csv.py; source and licence in docs/data-sources.md).
 */
public final class BundledSchedules {

    public static final String RESOURCE = "calendar/cn-holidays.csv";
    public static final String SOURCE = "holiday-calendar 1.3.3 (MIT), State Council notices";

    private BundledSchedules() {}

    /** Every bundled day, in file order (by schedule year, then date). */
    public static List<ScheduleDay> days() {
        try (InputStream in = BundledSchedules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ScheduleDay> parse(BufferedReader reader) throws IOException {
        if (!"year,date,kind,name".equals(reader.readLine())) {
            throw new IllegalStateException(RESOURCE + " does not start with the header year,date,kind,name");
        }
        List<ScheduleDay> days = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                String[] f = line.split(",", -1);
                days.add(new ScheduleDay(Integer.parseInt(f[0]), LocalDate.parse(f[1]), DayKind.valueOf(f[2]), f[3]));
            }
        }
        return List.copyOf(days);
    }
}
