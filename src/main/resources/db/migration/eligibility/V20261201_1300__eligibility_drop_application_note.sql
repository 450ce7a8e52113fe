-- Discovery now reads intake's open applications (intake_open_application) instead of a copy of the submissions it
-- had seen; the copy goes.
DROP TABLE elig_application;
