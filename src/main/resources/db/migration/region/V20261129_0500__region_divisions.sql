-- The division tree, versioned by edition. A code has one row per version: a rename or a move closes the current
-- version (valid_to = the new edition's valid_from, exclusive) and opens a new one; a retired code keeps its last
-- version with valid_to set, so it stays resolvable. The current version of a code is the one with valid_to NULL.

CREATE TABLE region_edition (
    edition     TEXT PRIMARY KEY CHECK (edition ~ '^[A-Za-z0-9._-]{1,40}$'),
    valid_from  DATE NOT NULL,
    source      TEXT NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    imported_by TEXT,
    added       INT NOT NULL DEFAULT 0,
    changed     INT NOT NULL DEFAULT 0,
    retired     INT NOT NULL DEFAULT 0
);

CREATE TABLE region_division (
    code             VARCHAR(9) NOT NULL CHECK (code ~ '^([0-9]{6}|[0-9]{9})$'),
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    parent_code      VARCHAR(9),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level            TEXT NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP')),
    edition          TEXT NOT NULL REFERENCES region_edition (edition),
    -- a unit of the statistics bureau's tree that is not a GB/T 2260 division (development zones and the like)
    statistical_only BOOLEAN NOT NULL DEFAULT false,
    -- a prefecture-level placeholder that is not a city (市辖区, 县, 省直辖县级行政区划); name paths skip it
    grouping_node    BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
);
CREATE UNIQUE INDEX region_division_current_idx ON region_division (code) WHERE valid_to IS NULL;
CREATE INDEX region_division_children_idx ON region_division (parent_code) WHERE valid_to IS NULL;

-- Which office serves the townships under region_code (a township, or a county or prefecture for all of its
-- townships), where it is not the default (the township's own office, its own county's federation and
-- civil-affairs bureau). The nearest assignment up the tree wins.
CREATE TABLE region_office_assignment (
    region_code         VARCHAR(9) NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('TOWNSHIP_OFFICE', 'COUNTY_FEDERATION', 'COUNTY_CIVIL_AFFAIRS')),
    serving_region_code VARCHAR(9) NOT NULL,
    display_name        TEXT CHECK (display_name IS NULL OR length(display_name) BETWEEN 1 AND 100),
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    assigned_by         TEXT,
    PRIMARY KEY (region_code, kind)
);
