package org.liangxiang.intake.web;

import org.liangxiang.intake.PersonDetails;

/**
 * The person's page as posted: the fields, the township picker's state ({@code homeTownship} the region chosen so far,
 * {@code region} the one selected below it) and which button was pressed ({@code pick}: go down to the selected
 * region; {@code up}: go back to an ancestor; neither: save and go on), and the receiving township a county's staff
 * member chose for a new application (null otherwise).
 */
record PersonForm(
        String fullName,
        String residentId,
        String certificateNumber,
        String householdAddress,
        String homeTownship,
        String region,
        String underGuardianship,
        String pick,
        String up,
        String receivingTownship) {

    boolean picking() {
        return pick != null || up != null;
    }

    /** Where the picker goes: up to an ancestor, down to the selected region, or stays. */
    String pickerAt() {
        return up != null ? up : township();
    }

    /** The township given: the one selected in the picker, else the one chosen before. */
    String township() {
        return region != null && !region.isBlank() ? region : homeTownship;
    }

    /** The receiving township chosen, or null (the service's default). */
    String receiving() {
        return ReceivingChoice.blankToNull(receivingTownship);
    }

    PersonDetails details() {
        return new PersonDetails(
                fullName,
                residentId,
                certificateNumber,
                householdAddress,
                township(),
                "true".equals(underGuardianship));
    }

    @Override
    public String toString() {
        return "PersonForm[...]";
    }
}
