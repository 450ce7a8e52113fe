package org.liangxiang.intake;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications: for review (by id, no access check) and for the people who may see them. */
@Service
public class Applications {

    /**
     * Intake's open applications as a relation for other modules' set-based SQL (a read-only view): columns {@code
     * resident_id_index} (the resident id's blind index, {@code PersonalData.index(RESIDENT_ID, ...)}), {@code
     * subsidy} (a {@code Subsidy} name) and {@code application_id}; one row per person and subsidy while an
     * application for it awaits a decision (submitted, in review or correction). {@link #openFor} is the same read for
     * one person.
     */
    public static final String OPEN_APPLICATIONS = "intake_open_application";

    /** {@link #named} answers at most this many applications. */
    public static final int NAMED_MAX = 2000;

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final JdbcClient jdbc;
    private final ApplicantAccounts applicants;

    Applications(
            ApplicationAccess access,
            ApplicationStore store,
            PayeeAccounts payees,
            JdbcClient jdbc,
            ApplicantAccounts applicants) {
        this.access = access;
        this.store = store;
        this.payees = payees;
        this.jdbc = jdbc;
        this.applicants = applicants;
    }

    /**
     * The applicant accounts to tell about the application: the submitter's (the person's own or the agent's) and,
     * when the person has a real-name bound account, the person's, whoever submitted it. Empty for a window or partner
     * application of a person without an account. {@link ApplicationNotFoundException} when unknown.
     */
    @Transactional(readOnly = true)
    public Set<UUID> accountsToNotify(ApplicationId id) {
        Application a = access.load(id);
        Set<UUID> accounts = new LinkedHashSet<>();
        if (a.submitterAccountId() != null) {
            accounts.add(a.submitterAccountId());
        }
        applicants.findBoundByResidentIdIndex(a.residentIdIndex()).ifPresent(accounts::add);
        return accounts;
    }

    /**
     * {@link #accountsToNotify} and the number of many applications at once: one read of the applications and one of
     * the bound accounts, whatever their count. Unknown ids are left out of the answer.
     */
    @Transactional(readOnly = true)
    public Map<ApplicationId, ApplicationRecipients> recipients(Collection<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Row(UUID id, String number, UUID submitter, byte[] index) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, number, submitter_account_id, resident_id_index
                          FROM intake_application WHERE id IN (:ids)""")
                .param("ids", ids.stream().map(ApplicationId::value).distinct().toList())
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getBytes(4)))
                .list();
        Map<ByteBuffer, UUID> bound = applicants.findBoundByResidentIdIndexes(
                rows.stream().map(Row::index).filter(java.util.Objects::nonNull).toList());
        Map<ApplicationId, ApplicationRecipients> answer = new HashMap<>();
        for (Row r : rows) {
            Set<UUID> accounts = new LinkedHashSet<>();
            if (r.submitter() != null) {
                accounts.add(r.submitter());
            }
            if (r.index() != null && bound.containsKey(ByteBuffer.wrap(r.index()))) {
                accounts.add(bound.get(ByteBuffer.wrap(r.index())));
            }
            ApplicationId id = new ApplicationId(r.id());
            answer.put(id, new ApplicationRecipients(id, r.number(), accounts));
        }
        return answer;
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
        return store.person(id).applicantPerson(); // ApplicationNotFoundException when unknown
    }

    /**
     * The person's disability certificate number (a decision's amounts depend on its level): the only personal field
     * opened; the application's row is read once for the transaction, like {@link #person}.
     */
    @Transactional(readOnly = true)
    public CertificateNumber certificateNumber(ApplicationId id) {
        return store.certificateNumber(id); // ApplicationNotFoundException when unknown
    }

    /**
     * The people of submitted applications (eligibility's evidence reports), decrypted, one read for all: never logged,
     * never in events. Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public List<SubmittedPerson> submittedPeople(Collection<ApplicationId> ids) {
        return store.submittedPeople(ids);
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

    /** The subsidies the person (by resident-id blind index) has an open application for; see {@link #OPEN_APPLICATIONS}. */
    @Transactional(readOnly = true)
    public Set<Subsidy> openFor(byte[] residentIdIndex) {
        return jdbc.sql("SELECT subsidy FROM " + OPEN_APPLICATIONS + " WHERE resident_id_index = ?")
                .param(residentIdIndex)
                .query((rs, n) -> Subsidy.valueOf(rs.getString(1)))
                .set();
    }

    /**
     * The ids of the submitted applications for the person, found through the blind index of the resident id (exact
     * match only), newest first. No access check: the caller (review's worklist search) keeps to the staff member's
     * jurisdiction.
     */
    @Transactional(readOnly = true)
    public List<ApplicationId> ofPerson(ResidentId residentId) {
        return jdbc.sql("""
                        SELECT id FROM intake_application WHERE resident_id_index = ? AND submitted_at IS NOT NULL
                         ORDER BY created_at DESC, id""")
                .param(store.residentIndex(residentId))
                .query((rs, n) -> new ApplicationId(rs.getObject("id", UUID.class)))
                .list();
    }

    /**
     * The ids of the submitted applications for people of exactly this full name, found through the blind index of the
     * name (normalised: NFKC, white space removed, so "王 秀英" finds 王秀英; a part of a name finds nothing), newest
     * first, at most {@link #NAMED_MAX} (a common name across a province). No access check: the caller (review's
     * worklist search) keeps to the staff member's jurisdiction. Blank: none.
     */
    @Transactional(readOnly = true)
    public List<ApplicationId> named(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id FROM intake_application WHERE full_name_index = ? AND submitted_at IS NOT NULL
                         ORDER BY created_at DESC, id LIMIT ?""")
                .params(store.nameIndex(fullName.strip()), NAMED_MAX)
                .query((rs, n) -> new ApplicationId(rs.getObject("id", UUID.class)))
                .list();
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
