-- The level of the person's disability certificate, kept by the case (sealed: personal data) from the application at
-- its opening and at each resubmission, so that the decision's amounts need no read of intake's application. NULL for
-- cases opened before: the decision then reads the certificate from intake, as it did.
ALTER TABLE review_case ADD COLUMN certificate_level_sealed bytea;
