-- The closure of the current division tree: one row for every current division and each of its current ancestors,
-- itself included at depth 0 (410102001 has (410102001, 0), (410102, 1), (410100, 2), (410000, 3)). Other modules
-- filter rows by jurisdiction against it (Regions.withinSubtree), following the stored parent links rather than
-- code prefixes. Derived data: rebuilt whole, set-based, whenever the tree changes (the bundled load at startup,
-- each import, in the same transaction), so it holds no history; retired codes are not in it.
CREATE TABLE region_closure (
    ancestor_code   VARCHAR(9) NOT NULL,
    descendant_code VARCHAR(9) NOT NULL,
    depth           SMALLINT NOT NULL CHECK (depth >= 0),
    PRIMARY KEY (ancestor_code, descendant_code),
    CHECK ((depth = 0) = (ancestor_code = descendant_code))
);
-- "the ancestors of this code" (the primary key answers "the subtree of this code")
CREATE INDEX region_closure_descendant_idx ON region_closure (descendant_code);

-- Whether region_closure was refreshed after the edition was written: set in the same transaction by this version
-- of the application; false for the editions of a database upgraded from before the closure (or written by an older
-- node), which makes the next start refresh the closure.
ALTER TABLE region_edition ADD COLUMN closure_refreshed BOOLEAN NOT NULL DEFAULT false;
