package org.liangxiang.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liangxiang.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The schedules in the database: {@code calendar_year} (published years) and {@code calendar_day_override}. */
@Component
public class ScheduleStore {

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published year as listed to administrators. */
    public record PublishedYear(int year, Instant enteredAt, String enteredBy, int holidays, int makeupWorkdays) {}

    public Schedule load() {
        List<Integer> years =
                jdbc.sql("SELECT year FROM calendar_year").query(Integer.class).list();
        List<ScheduleDay> days = jdbc.sql("SELECT year, date, kind, name FROM calendar_day_override")
                .query((rs, i) -> new ScheduleDay(
                        rs.getInt("year"),
                        rs.getObject("date", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name")))
                .list();
        return Schedule.of(days, years);
    }

    public List<PublishedYear> publishedYears() {
        return jdbc.sql("""
                        SELECT y.year, y.entered_at, y.entered_by,
                               count(*) FILTER (WHERE d.kind = 'HOLIDAY') AS holidays,
                               count(*) FILTER (WHERE d.kind = 'MAKEUP_WORKDAY') AS makeup_workdays
                        FROM calendar_year y LEFT JOIN calendar_day_override d ON d.year = y.year
                        GROUP BY y.year ORDER BY y.year""")
                .query((rs, i) -> new PublishedYear(
                        rs.getInt("year"),
                        rs.getTimestamp("entered_at").toInstant(),
                        rs.getString("entered_by"),
                        rs.getInt("holidays"),
                        rs.getInt("makeup_workdays")))
                .list();
    }

    /**
     * Publishes every bundled year the database does not have yet, with its days, in one statement; years already
     * there (bundled or entered by an administrator) are left alone. Safe when several nodes start at once.
     *
     * @return the years it published, ascending
     */
    public List<Integer> publishIfAbsent(List<ScheduleDay> days, String source, String actor) {
        return jdbc.sql("""
                        WITH bundled AS (
                            SELECT * FROM unnest(:years::int[], :dates::date[], :kinds::text[], :names::text[])
                                AS b(year, date, kind, name)),
                        new_years AS (
                            INSERT INTO calendar_year (year, status, entered_at, entered_by)
                            SELECT DISTINCT year, 'PUBLISHED', now(), :actor FROM bundled
                            ON CONFLICT (year) DO NOTHING
                            RETURNING year),
                        new_days AS (
                            INSERT INTO calendar_day_override (date, kind, name, year, source)
                            SELECT b.date, b.kind, b.name, b.year, :source FROM bundled b JOIN new_years USING (year))
                        SELECT year FROM new_years ORDER BY year""")
                .params(arrays(days))
                .param("actor", actor)
                .param("source", source)
                .query(Integer.class)
                .list();
    }

    /**
     * Replaces the year's schedule with the given days (all of that year).
     *
     * @return true when the year had no published schedule before
     */
    public boolean replace(int year, List<ScheduleDay> days, String source, String actor) {
        boolean wasProvisional = !jdbc.sql("""
                        INSERT INTO calendar_year (year, status, entered_at, entered_by)
                        VALUES (:year, 'PUBLISHED', now(), :actor)
                        ON CONFLICT (year) DO NOTHING RETURNING year""")
                .param("year", year)
                .param("actor", actor)
                .query(Integer.class)
                .list()
                .isEmpty();
        if (!wasProvisional) {
            jdbc.sql("""
                            UPDATE calendar_year SET status = 'PUBLISHED', entered_at = now(), entered_by = :actor
                            WHERE year = :year""").param("year", year).param("actor", actor).update();
        }
        jdbc.sql("DELETE FROM calendar_day_override WHERE year = :year")
                .param("year", year)
                .update();
        jdbc.sql("""
                        INSERT INTO calendar_day_override (date, kind, name, year, source)
                        SELECT date, kind, name, year, :source
                        FROM unnest(:years::int[], :dates::date[], :kinds::text[], :names::text[])
                            AS b(year, date, kind, name)""").params(arrays(days)).param("source", source).update();
        return wasProvisional;
    }

    /** Which of the dates another year's schedule already names, and that year. */
    public Map<LocalDate, Integer> namedByOtherYears(int year, Collection<LocalDate> dates) {
        return jdbc
                .sql("""
                        SELECT date, year FROM calendar_day_override
                        WHERE year <> :year AND date = ANY(:dates::date[])""")
                .param("year", year)
                .param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getObject("date", LocalDate.class), rs.getInt("year")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Object> arrays(List<ScheduleDay> days) {
        return Map.of(
                "years", days.stream().map(ScheduleDay::year).toArray(Integer[]::new),
                "dates", days.stream().map(d -> d.date().toString()).toArray(String[]::new),
                "kinds", days.stream().map(d -> d.kind().name()).toArray(String[]::new),
                "names", days.stream().map(ScheduleDay::name).toArray(String[]::new));
    }
}
