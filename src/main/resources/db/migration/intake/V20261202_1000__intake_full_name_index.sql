-- The blind index of the person's full name (PersonalData.index(NAME, name): HMAC-SM3 of the name normalised: NFKC,
-- white space removed, name dots unified), for the staff's exact search by name. Written with the sealed name;
-- rows written before it are filled by intake's FullNameBackfill (in batches, under ShedLock), hence nullable.
ALTER TABLE intake_application ADD COLUMN full_name_index BYTEA;

CREATE INDEX intake_application_full_name_idx ON intake_application (full_name_index);
