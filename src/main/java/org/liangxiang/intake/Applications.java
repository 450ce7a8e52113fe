package org.liangxiang.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications: for review (by id, no access check) and for the people who may see them. */
@Service
public class Applications {

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final JdbcClient jdbc;

    Applications(ApplicationAccess access, ApplicationStore store, PayeeAccounts payees, JdbcClient jdbc) {
        this.access = access;
        this.store = store;
        this.payees = payees;
        this.jdbc = jdbc;
    }

    /** The application's payee account as a notice prints it (bank, masked number); empty while none is given. */
    @Transactional(readOnly = true)
    public Optional<PayeeOnNotice> payeeOnNotice(ApplicationId id) {
        UUID payeeId = access.load(id).view().payeeAccountId();
        return payees.find(payeeId)
                .map(p -> new PayeeOnNotice(payeeId, p.bankName(), Masking.accountNumber(p.accountNumber())));
    }

    /** The application (no personal data); {@link ApplicationNotFoundException} when unknown. */
    @Transactional(readOnly = true)
    public SubmittedApplication get(ApplicationId id) {
        return access.load(id).view();
    }

    /** The person, decrypted, for documents only (never logged, never in events). */
    @Transactional(readOnly = true)
    public ApplicantPerson person(ApplicationId id) {
        access.load(id);
        return store.person(id).applicantPerson();
    }

    /** The application if the actor may see it, else {@link ApplicationNotFoundException}. */
    @Transactional(readOnly = true)
    public SubmittedApplication get(Actor actor, ApplicationId id) {
        return access.visible(actor, id).view();
    }

    /**
     * Applications made for the applicant themself, by whoever made them (found by the resident id of the account's
     * real-name binding; none while it is not bound), newest first.
     */
    @Transactional(readOnly = true)
    public List<SubmittedApplication> mine(UUID applicantAccountId) {
        return access
                .personIndexOf(Actor.applicant(applicantAccountId))
                .map(index ->
                        jdbc.sql("""
                        SELECT * FROM intake_application WHERE resident_id_index = ?
                         ORDER BY created_at DESC, id""").param(index).query(ApplicationStore::map).list())
                .orElse(List.of())
                .stream()
                .map(Application::view)
                .toList();
    }

    /** Applications the account submitted for other people, newest first. */
    @Transactional(readOnly = true)
    public List<SubmittedApplication> helped(UUID applicantAccountId) {
        byte[] own = access.personIndexOf(Actor.applicant(applicantAccountId)).orElse(new byte[0]);
        return jdbc.sql("""
                        SELECT * FROM intake_application WHERE submitter_account_id = ? AND resident_id_index <> ?
                         ORDER BY created_at DESC, id""").params(applicantAccountId, own).query(ApplicationStore::map).list().stream()
                .map(Application::view)
                .toList();
    }

    /** The drafts the applicant's account started (for themself or as an agent) and has not submitted, newest first. */
    @Transactional(readOnly = true)
    public List<SubmittedApplication> drafts(UUID applicantAccountId) {
        return jdbc.sql("""
                        SELECT * FROM intake_application WHERE submitter_account_id = ? AND status = 'DRAFT'
                         ORDER BY created_at DESC, id""").param(applicantAccountId).query(ApplicationStore::map).list().stream()
                .map(Application::view)
                .toList();
    }
}
