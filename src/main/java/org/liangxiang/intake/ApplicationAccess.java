package org.liangxiang.intake;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an application. Applicants: the submitter's account, and the person themself once their
 * account is real-name bound (matched by the resident id's blind index). Staff: those whose jurisdiction contains the
 * receiving or the home township may see it; township clerks and staff assistants act on the window and assisted
 * applications received in their jurisdiction. Partners: their own. Everyone else gets "not found".
 */
@Component
class ApplicationAccess {

    private static final Set<Channel> STAFF_CHANNELS = EnumSet.of(Channel.WINDOW, Channel.ASSISTED);
    private static final Set<String> INTAKE_ROLES =
            Set.of(StaffRole.TOWNSHIP_CLERK.name(), StaffRole.STAFF_ASSISTANT.name());

    private final ApplicationStore store;
    private final ApplicantAccounts applicants;
    private final Regions regions;

    ApplicationAccess(ApplicationStore store, ApplicantAccounts applicants, Regions regions) {
        this.store = store;
        this.applicants = applicants;
        this.regions = regions;
    }

    /** The application if the actor may see it; else {@link ApplicationNotFoundException}. */
    Application visible(Actor actor, ApplicationId id) {
        Application a = load(id);
        if (!canSee(actor, a)) {
            throw new ApplicationNotFoundException(id);
        }
        return a;
    }

    /** The application if the actor may act on it; else {@link ApplicationNotFoundException}. */
    Application actionable(Actor actor, ApplicationId id) {
        Application a = load(id);
        boolean may = switch (actor.kind()) {
            case APPLICANT, PARTNER, SYSTEM -> canSee(actor, a);
            case STAFF ->
                INTAKE_ROLES.contains(actor.role())
                        && STAFF_CHANNELS.contains(a.channel())
                        && within(actor.jurisdiction(), a.receivingTownship());
        };
        if (!may) {
            throw new ApplicationNotFoundException(id);
        }
        return a;
    }

    Application load(ApplicationId id) {
        return store.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    boolean canSee(Actor actor, Application a) {
        return switch (actor.kind()) {
            case APPLICANT -> actor.accountId().equals(a.submitterAccountId()) || isThePerson(actor, a);
            case STAFF ->
                within(actor.jurisdiction(), a.receivingTownship()) || within(actor.jurisdiction(), a.homeTownship());
            case PARTNER -> actor.partner().equals(a.partner());
            case SYSTEM -> true;
        };
    }

    /** The blind index of the resident id the applicant's account is bound to, when it is real-name bound. */
    Optional<byte[]> personIndexOf(Actor actor) {
        return actor.kind() == Actor.Kind.APPLICANT
                ? applicants.residentIdIndexOf(actor.accountId())
                : Optional.empty();
    }

    private boolean isThePerson(Actor actor, Application a) {
        return personIndexOf(actor)
                .map(index -> Arrays.equals(index, a.residentIdIndex()))
                .orElse(false);
    }

    private boolean within(String jurisdiction, String township) {
        return jurisdiction != null && regions.contains(jurisdiction, township);
    }
}
