#!/usr/bin/env python3
"""Converts the CN holiday schedules of the npm package holiday-calendar into Liangxiang's own data file.

Run once when a new year's schedule is bundled (docs/data-sources.md, "Working-day calendar"):

    cd /tmp && npm pack holiday-calendar@1.3.3 && tar xzf holiday-calendar-1.3.3.tgz
    python3 tools/holiday-calendar-to-csv.py /tmp/package 2020 2026 \
        > src/main/resources/calendar/cn-holidays.csv

Output: one line per day that departs from the Monday-to-Friday week, sorted by schedule year and date:
    year,date,kind,name
year  the State Council schedule the day belongs to (2022-12-31 belongs to 2023's, for instance)
kind  HOLIDAY (a day off, 放假) or MAKEUP_WORKDAY (a weekend day worked instead, 调休上班)
name  the festival in Chinese, without the 补班 suffix that the source appends to make-up days
"""
import json
import sys
from pathlib import Path

KINDS = {"public_holiday": "HOLIDAY", "transfer_workday": "MAKEUP_WORKDAY"}
SUFFIX = "补班"


def rows(package: Path, first: int, last: int):
    for year in range(first, last + 1):
        data = json.loads((package / "data" / "CN" / f"{year}.json").read_text(encoding="utf-8"))
        if data["year"] != year or data["region"] != "CN":
            raise SystemExit(f"{year}.json describes {data['region']} {data['year']}")
        for day in sorted(data["dates"], key=lambda d: d["date"]):
            name = day["name_cn"]
            if name.endswith(SUFFIX):
                name = name[: -len(SUFFIX)]
            yield year, day["date"], KINDS[day["type"]], name


def main():
    package, first, last = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    seen = set()
    out = ["year,date,kind,name"]
    for year, date, kind, name in rows(package, first, last):
        if date in seen:
            raise SystemExit(f"{date} appears twice")
        seen.add(date)
        if "," in name:
            raise SystemExit(f"{date}: a comma in the name {name!r}")
        out.append(f"{year},{date},{kind},{name}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
