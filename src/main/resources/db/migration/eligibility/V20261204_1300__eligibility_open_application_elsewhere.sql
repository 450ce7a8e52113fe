-- A reference source more (docs/eligibility.md): open applications for the two subsidies that other counties' or
-- provinces' systems report, with the region of the office handling each (kept in place_code, as the paying region
-- of a beneficiary elsewhere is). Its facts go into elig_fact like every other source's; only the list of sources an
-- import may name grows.
ALTER TABLE elig_import DROP CONSTRAINT elig_import_source_check;
ALTER TABLE elig_import ADD CONSTRAINT elig_import_source_check CHECK (source IN ('CERTIFICATE', 'ASSISTANCE_STATUS',
    'DEATH', 'WORK_INJURY_CARE', 'ORPHAN_GUARANTEE', 'SIMILAR_ALLOWANCE', 'BENEFICIARY_ELSEWHERE',
    'OPEN_APPLICATION_ELSEWHERE', 'BENEFICIARY'));

-- An open application elsewhere always names its handling office.
ALTER TABLE elig_fact ADD CONSTRAINT elig_fact_handling_region_check
    CHECK (source <> 'OPEN_APPLICATION_ELSEWHERE' OR place_code IS NOT NULL);
