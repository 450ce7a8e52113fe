package org.liangxiang.intake;

/**
 * The person an application is for, as given (checked by intake; refusals name the field {@code person.<name>}).
 *
 * @param homeTownship the 9-digit township of the household registration, as the applicant gives it (never derived
 *     from the resident id)
 * @param underGuardianship whether the person is under guardianship (then a guardian's account may be paid)
 */
public record PersonDetails(
        String fullName,
        String residentId,
        String certificateNumber,
        String householdAddress,
        String homeTownship,
        Boolean underGuardianship) {

    @Override
    public String toString() {
        return "PersonDetails[...]";
    }
}
