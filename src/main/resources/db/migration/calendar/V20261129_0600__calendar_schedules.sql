-- The working-day calendar (docs/calendar.md). A year with a row in calendar_year has a published State Council
-- schedule and is authoritative; a year without one falls back to Monday-Friday and every answer using it is
-- provisional. calendar_day_override lists the days of each published schedule that depart from Monday-Friday.

CREATE TABLE calendar_year (
    year       INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
    status     TEXT NOT NULL CHECK (status IN ('PUBLISHED')),
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_by TEXT NOT NULL
);

CREATE TABLE calendar_day_override (
    date   DATE PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name   TEXT NOT NULL,
    -- the schedule the day belongs to: usually the date's year, but 2023's New Year holiday began on 2022-12-31
    year   INT NOT NULL REFERENCES calendar_year (year),
    source TEXT NOT NULL,
    CHECK (date BETWEEN make_date(year - 1, 12, 1) AND make_date(year + 1, 1, 31)),
    CHECK (kind = 'HOLIDAY' OR extract(isodow FROM date) IN (6, 7))
);
CREATE INDEX calendar_day_override_year_idx ON calendar_day_override (year);
