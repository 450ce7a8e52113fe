package org.liangxiang.intake;

import org.liangxiang.shared.Subsidy;

/**
 * The person already has an open application for the subsidy (one open application per person and subsidy): says
 * where it is, by number, receiving township and status. No personal data.
 */
public class OpenApplicationExistsException extends IllegalStateException {

    private final Subsidy subsidy;
    private final String number;
    private final String receivingTownship;
    private final ApplicationStatus status;

    public OpenApplicationExistsException(
            Subsidy subsidy, String number, String receivingTownship, ApplicationStatus status) {
        super("The person already has an open application for " + subsidy + ": " + number + " at " + receivingTownship
                + " (" + status + ")");
        this.subsidy = subsidy;
        this.number = number;
        this.receivingTownship = receivingTownship;
        this.status = status;
    }

    public Subsidy subsidy() {
        return subsidy;
    }

    public String number() {
        return number;
    }

    public String receivingTownship() {
        return receivingTownship;
    }

    public ApplicationStatus status() {
        return status;
    }
}
