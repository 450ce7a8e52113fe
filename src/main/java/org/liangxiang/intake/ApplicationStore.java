package org.liangxiang.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.database.GuardedWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The intake_application table: the aggregate's columns, the person sealed (bound to table, column and row id). */
@Component
class ApplicationStore {

    static final String TABLE = "intake_application";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final TransactionRows<ApplicationId, Application> rows = new TransactionRows<>(Application::id);
    /**
     * The sealed certificate number of a row a statement here returned whole, for the transaction: opened by {@link
     * #certificateNumber} while the remembered row is still at its version (every write of the row here remembers the
     * written row or forgets it), so that review's opening of the case after a submission reads nothing more for it.
     */
    private final TransactionRows<ApplicationId, SealedCertificate> certificates =
            new TransactionRows<>(SealedCertificate::id);

    private record SealedCertificate(ApplicationId id, long version, byte[] sealed) {}

    ApplicationStore(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    record NewApplication(
            ApplicationId id,
            String number,
            Channel channel,
            String partner,
            String externalId,
            String receivingTownship,
            Set<Subsidy> subsidies,
            SubmitterKind submitterKind,
            String agentRelationship,
            UUID submitterAccountId,
            UUID staffAccountId,
            Person person,
            String createdBy) {}

    void insert(NewApplication a) {
        UUID id = a.id().value();
        Person p = a.person();
        jdbc.sql("""
                INSERT INTO intake_application (id, number, status, channel, partner, external_id, receiving_township,
                    home_township, subsidies, submitter_kind, agent_relationship, submitter_account_id,
                    staff_account_id, full_name_sealed, full_name_index, resident_id_sealed, resident_id_index,
                    certificate_number_sealed, household_address_sealed, under_guardianship, created_by)
                VALUES (:id, :number, 'DRAFT', :channel, :partner, :externalId, :receiving, :home, CAST(:subsidies AS TEXT[]),
                    :kind, :relationship, :submitter, :staff, :name, :nameIndex, :rid, :ridIndex, :cert, :address,
                    :guardianship, :createdBy)""")
                .param("id", id)
                .param("number", a.number())
                .param("channel", a.channel().name())
                .param("partner", a.partner())
                .param("externalId", a.externalId())
                .param("receiving", a.receivingTownship())
                .param("home", p.homeTownship())
                .param("subsidies", names(a.subsidies()))
                .param("kind", a.submitterKind().name())
                .param("relationship", a.agentRelationship())
                .param("submitter", a.submitterAccountId())
                .param("staff", a.staffAccountId())
                .param("name", seal(p.fullName(), "full_name", id))
                .param("nameIndex", nameIndex(p.fullName()))
                .param("rid", seal(p.residentId().value(), "resident_id", id))
                .param("ridIndex", residentIndex(p.residentId()))
                .param("cert", seal(p.certificateNumber().value(), "certificate_number", id))
                .param("address", seal(p.householdAddress(), "household_address", id))
                .param("guardianship", p.underGuardianship())
                .param("createdBy", a.createdBy())
                .update();
    }

    /**
     * The application; read once per transaction (the row this transaction last read or wrote is answered again:
     * every write of the row here returns it).
     */
    Optional<Application> find(ApplicationId id) {
        Application known = rows.known(id);
        if (known != null) {
            return Optional.of(known);
        }
        return read(id).map(rows::remember);
    }

    private Optional<Application> read(ApplicationId id) {
        return jdbc.sql("SELECT * FROM intake_application WHERE id = ?")
                .param(id.value())
                .query(ApplicationStore::map)
                .optional();
    }

    /**
     * What submitting (or resubmitting) checks besides the row: the payee account's holder and the material types; and
     * whether the request's idempotency key was claimed by the same statement (true when it made no claim).
     */
    record SubmissionFacts(
            Optional<PayeeHolder> payeeHolder,
            Set<MaterialType> materialTypes,
            boolean keyClaimed,
            SubmissionWrite write)
            implements IdempotencyKeys.KeyClaimed {}

    /**
     * What a keyed submission's first statement wrote besides what it read ({@link #submittingFacts}): the time and
     * date it set, the subsidies whose open rows it made, the application's version after its update (null when it did
     * not update: not a draft any more, another change first, or a subsidy open elsewhere), and the certificate number
     * as read (sealed), which review keeps the level of.
     */
    record SubmissionWrite(
            Instant at, LocalDate on, Set<String> opened, Long writtenVersion, byte[] certificateSealed) {}

    /**
     * The row (remembered for the transaction, so that the access check that follows reads no more), the payee
     * account's holder and the types of the materials uploaded, in one statement instead of three.
     */
    SubmissionFacts submissionFacts(ApplicationId id) {
        return submissionFacts(id, null);
    }

    /** As {@link #submissionFacts(ApplicationId)}, with the idempotency key's claim (when not null) in the statement. */
    SubmissionFacts submissionFacts(ApplicationId id, IdempotencyKeys.ClaimPart claim) {
        List<Object> params = new ArrayList<>(4);
        if (claim != null) {
            params.addAll(List.of(claim.parameters()));
        }
        params.add(id.value());
        return jdbc.sql((claim == null ? "" : claim.with())
                        + "SELECT a.*, " + (claim == null ? "true" : IdempotencyKeys.ClaimPart.CLAIMED)
                        + " AS submission_key_claimed, " + FACTS + " FROM intake_application a WHERE a.id = ?")
                .params(params)
                .query((rs, n) -> facts(rs, n, null))
                .optional()
                .orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /**
     * A keyed submission's first statement (since run 22): the key's claim, the read of {@link #submissionFacts}, and,
     * when the key was claimed and the application is a draft, the submission's writes — the one-open-application rows
     * ({@link OpenApplications#OPEN_ROWS}, from the row's own subsidies and person) and the application's update,
     * guarded by the version the statement read and made only when every subsidy asked was opened — before the checks
     * that decide whether they may stand. They are optimistic, not premature: the checks ({@link
     * ApplicationSubmissions}: may the actor act, is it a draft, is it complete, then {@link #submitted(Application,
     * SubmissionWrite, OpenApplications)}: was every subsidy opened, was the row updated) run in the same order on the
     * row as read, and every refusal rolls the transaction back, these writes and the key's claim with it. One
     * statement and one round trip instead of two; the same answers as {@link #submissionFacts} followed by {@link
     * #submitted(Application, Instant, LocalDate, OpenApplications)}.
     */
    SubmissionFacts submittingFacts(ApplicationId id, IdempotencyKeys.ClaimPart claim, Instant at, LocalDate on) {
        List<Object> params = new ArrayList<>(List.of(claim.parameters()));
        params.addAll(List.of(id.value(), Timestamp.from(at), on, id.value(), id.value(), id.value()));
        return jdbc.sql(claim.with() + """
                        , opened AS (
                            INSERT INTO intake_application_subsidy (application_id, subsidy, resident_id_index, open)
                            SELECT a.id, subsidy, a.resident_id_index, true
                              FROM intake_application a, unnest(CAST(a.subsidies AS TEXT[])) AS subsidy
                             WHERE a.id = ? AND a.status = 'DRAFT' AND EXISTS (SELECT 1 FROM claimed)
                            ON CONFLICT (resident_id_index, subsidy) WHERE open DO NOTHING
                            RETURNING subsidy),
                        written AS (
                            UPDATE intake_application SET status = 'SUBMITTED', submitted_at = ?, submitted_on = ?,
                                   version = version + 1, updated_at = now()
                             WHERE id = ? AND status = 'DRAFT' AND EXISTS (SELECT 1 FROM claimed)
                               AND version = (SELECT r.version FROM intake_application r WHERE r.id = ?)
                               AND (SELECT count(*) FROM opened) = cardinality(CAST(subsidies AS TEXT[]))
                            RETURNING version)
                        SELECT a.*, EXISTS (SELECT 1 FROM claimed) AS submission_key_claimed,
                               ARRAY(SELECT CAST(o.subsidy AS text) FROM opened o) AS submission_opened,
                               (SELECT w.version FROM written w) AS submission_written_version,
                        """ + FACTS + " FROM intake_application a WHERE a.id = ?")
                .params(params)
                .query((rs, n) -> facts(
                        rs,
                        n,
                        new SubmissionWrite(
                                at,
                                on,
                                Set.of((String[])
                                        rs.getArray("submission_opened").getArray()),
                                rs.getObject("submission_written_version", Long.class),
                                rs.getBytes("certificate_number_sealed"))))
                .optional()
                .orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /** The columns of {@link SubmissionFacts} besides the row and the key's claim, read from application {@code a}. */
    private static final String FACTS = """
            (SELECT p.holder FROM intake_payee_account p WHERE p.id = a.payee_account_id) AS submission_payee_holder,
            ARRAY(SELECT DISTINCT m.material_type FROM intake_material m WHERE m.application_id = a.id)
                AS submission_material_types
            """;

    /** The facts of a row read with {@link #FACTS}, the row remembered for the transaction. */
    private SubmissionFacts facts(ResultSet rs, int n, SubmissionWrite write) throws SQLException {
        rows.remember(map(rs, n));
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        for (String t : (String[]) rs.getArray("submission_material_types").getArray()) {
            types.add(MaterialType.valueOf(t));
        }
        return new SubmissionFacts(
                Optional.ofNullable(rs.getString("submission_payee_holder")).map(PayeeHolder::valueOf),
                types,
                rs.getBoolean("submission_key_claimed"),
                write);
    }

    Optional<ApplicationId> findByExternalId(String partner, String externalId) {
        return jdbc.sql("SELECT id FROM intake_application WHERE partner = ? AND external_id = ?")
                .params(partner, externalId)
                .query(UUID.class)
                .optional()
                .map(ApplicationId::new);
    }

    /** The person, opened; the row read is also the transaction's application (as {@link #find}). */
    Person person(ApplicationId id) {
        return opened(
                id,
                (rs, row) -> new Person(
                        open(rs.getBytes("full_name_sealed"), "full_name", row),
                        ResidentId.of(open(rs.getBytes("resident_id_sealed"), "resident_id", row)),
                        CertificateNumber.of(open(rs.getBytes("certificate_number_sealed"), "certificate_number", row)),
                        open(rs.getBytes("household_address_sealed"), "household_address", row),
                        rs.getString("home_township"),
                        rs.getBoolean("under_guardianship")));
    }

    /**
     * The person's certificate number, the only field opened: from the row the transaction's decision returned when it
     * is still the row remembered ({@link #decided}), else read (the row is remembered as {@link #person} does).
     */
    CertificateNumber certificateNumber(ApplicationId id) {
        SealedCertificate kept = certificates.known(id);
        Application remembered = rows.known(id);
        if (kept != null && remembered != null && remembered.version() == kept.version()) {
            return CertificateNumber.of(open(kept.sealed(), "certificate_number", id.value()));
        }
        return opened(
                id,
                (rs, row) -> CertificateNumber.of(
                        open(rs.getBytes("certificate_number_sealed"), "certificate_number", row)));
    }

    /** What a reader opens of an application's row (its id is the row id the sealed values are bound to). */
    private interface Opening<T> {
        T open(ResultSet rs, UUID row) throws SQLException;
    }

    /** Reads the application's row once, remembers it for the transaction, and answers what {@code opening} opens. */
    private <T> T opened(ApplicationId id, Opening<T> opening) {
        UUID row = id.value();
        return jdbc.sql("SELECT * FROM intake_application WHERE id = ?")
                .param(row)
                .query((rs, n) -> {
                    rows.remember(map(rs, n));
                    return opening.open(rs, row);
                })
                .optional()
                .orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /** The people of the applications, with only the resident id and certificate number opened; one read. */
    List<SubmittedPerson> submittedPeople(Collection<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, resident_id_sealed, certificate_number_sealed, home_township, submitted_on
                          FROM intake_application WHERE id IN (:ids)""")
                .param("ids", ids.stream().map(ApplicationId::value).distinct().toList())
                .query((rs, n) -> {
                    UUID row = rs.getObject("id", UUID.class);
                    return new SubmittedPerson(
                            new ApplicationId(row),
                            ResidentId.of(open(rs.getBytes("resident_id_sealed"), "resident_id", row)),
                            CertificateNumber.of(
                                    open(rs.getBytes("certificate_number_sealed"), "certificate_number", row)),
                            rs.getString("home_township"),
                            rs.getObject("submitted_on", LocalDate.class));
                })
                .list();
    }

    byte[] residentIndex(ResidentId residentId) {
        return personalData.index(PersonalData.RESIDENT_ID, residentId.value());
    }

    /** The blind index of a full name (normalised by {@link PersonalData#index}: NFKC, no white space). */
    byte[] nameIndex(String fullName) {
        return personalData.index(PersonalData.NAME, fullName);
    }

    void updatePerson(Application a, Person p) {
        UUID id = a.id().value();
        update(
                a,
                """
                full_name_sealed = :name, full_name_index = :nameIndex, resident_id_sealed = :rid,
                resident_id_index = :ridIndex,
                certificate_number_sealed = :cert, household_address_sealed = :address, home_township = :home,
                under_guardianship = :guardianship""",
                s -> s.param("name", seal(p.fullName(), "full_name", id))
                        .param("nameIndex", nameIndex(p.fullName()))
                        .param("rid", seal(p.residentId().value(), "resident_id", id))
                        .param("ridIndex", residentIndex(p.residentId()))
                        .param("cert", seal(p.certificateNumber().value(), "certificate_number", id))
                        .param("address", seal(p.householdAddress(), "household_address", id))
                        .param("home", p.homeTownship())
                        .param("guardianship", p.underGuardianship()));
    }

    void updateDraft(Application a, Set<Subsidy> subsidies, SubmitterKind kind, String relationship, String receiving) {
        update(
                a,
                "subsidies = CAST(:subsidies AS TEXT[]), submitter_kind = :kind, agent_relationship = :relationship,"
                        + " receiving_township = :receiving",
                s -> s.param("subsidies", names(subsidies))
                        .param("kind", kind.name())
                        .param("relationship", relationship)
                        .param("receiving", receiving));
    }

    void setPayee(Application a, UUID payeeAccountId) {
        update(a, "payee_account_id = :payee", s -> s.param("payee", payeeAccountId));
    }

    /** Takes the row's version (so that concurrent changes of the same application refuse one another). */
    void touch(Application a) {
        update(a, "correction_round = correction_round", s -> s);
    }

    /**
     * DRAFT -> SUBMITTED in one statement with the one-open-application rule's rows ({@link
     * OpenApplications#OPEN_ROWS}): the application is written only when every subsidy asked was opened. Refused (the
     * transaction then rolls back what the statement opened) with {@link OpenApplicationExistsException} when the
     * person has one open already, else with {@link ApplicationChangedException} when another change came first.
     */
    void submitted(Application a, Instant at, LocalDate on, OpenApplications open) {
        Set<Subsidy> asked = Set.copyOf(a.subsidies());
        Set<String> opened = new HashSet<>();
        List<Application> written = new ArrayList<>(1);
        jdbc.sql("WITH " + OpenApplications.OPEN_ROWS + """
                        , written AS (
                            UPDATE intake_application SET status = 'SUBMITTED', submitted_at = :at, submitted_on = :on,
                                   version = version + 1, updated_at = now()
                             WHERE id = :id AND version = :version AND (SELECT count(*) FROM opened) = :asked
                            RETURNING *)
                        SELECT w.*, ARRAY(SELECT CAST(subsidy AS text) FROM opened) AS opened_subsidies
                          FROM (SELECT 1) AS one LEFT JOIN written w ON true""")
                .param("id", a.id().value())
                .param("person", a.residentIdIndex())
                .param("subsidies", names(asked))
                .param("asked", asked.size())
                .param("at", Timestamp.from(at))
                .param("on", on)
                .param("version", a.version())
                .query(rs -> {
                    opened.addAll(Arrays.asList(
                            (String[]) rs.getArray("opened_subsidies").getArray()));
                    if (rs.getObject("id") != null) {
                        Application row = map(rs, 0);
                        written.add(row);
                        // review opens the case in this transaction and keeps the certificate's level
                        certificates.remember(new SealedCertificate(
                                row.id(), row.version(), rs.getBytes("certificate_number_sealed")));
                    }
                });
        open.requireOpened(a, opened);
        written(a, written.stream().findFirst());
    }

    /**
     * DRAFT -> SUBMITTED as {@link #submitted(Application, Instant, LocalDate, OpenApplications)}, from what the
     * request's first statement wrote ({@link #submittingFacts}): the same refusals in the same order (a subsidy open
     * elsewhere, then another change first), the row as written remembered, without a statement of its own.
     */
    void submitted(Application a, SubmissionWrite made, OpenApplications open) {
        open.requireOpened(a, made.opened());
        Optional<Application> row =
                Optional.ofNullable(made.writtenVersion()).map(version -> a.submitted(made.at(), made.on(), version));
        // review opens the case in this transaction and keeps the certificate's level
        row.ifPresent(r -> certificates.remember(new SealedCertificate(r.id(), r.version(), made.certificateSealed())));
        written(a, row);
    }

    /**
     * SUBMITTED -> IN_REVIEW without reading the row first, as a part of another module's statement or alone ({@link
     * GuardedWrite}): {@code intake_accepted} answers the row when the application was submitted and is now in review;
     * {@code refused} says why it was not.
     */
    GuardedWrite acceptance(ApplicationId id, GuardedWrite.Refusal refused) {
        rows.forget(id);
        return new GuardedWrite(ACCEPTED, "intake_accepted", Map.of("intakeAcceptedId", id.value()), refused);
    }

    private static final String ACCEPTED = """
            intake_accepted AS (UPDATE intake_application SET status = 'IN_REVIEW', accepted_at = now(),
                version = version + 1, updated_at = now()
              WHERE id = :intakeAcceptedId AND status = 'SUBMITTED' RETURNING id)""";

    /** A guarded write of intake's alone, as one statement ({@link GuardedWrite#run}). */
    void run(GuardedWrite write) {
        write.run(jdbc);
    }

    void returned(Application a, int round, String note, LocalDate due) {
        update(
                a,
                "status = 'RETURNED', correction_round = :round, correction_note = :note, correction_due = :due",
                s -> s.param("round", round).param("note", note).param("due", due));
    }

    void status(Application a, ApplicationStatus to) {
        update(a, "status = :to", s -> s.param("to", to.name()));
    }

    /** Writes the columns if nobody changed the row since {@code a} was read; else refuses with the current status. */
    private void update(Application a, String set, java.util.function.UnaryOperator<JdbcClient.StatementSpec> params) {
        Optional<Application> written = params.apply(jdbc.sql("UPDATE intake_application SET " + set
                        + ", version = version + 1, updated_at = now() WHERE id = :id AND version = :version"
                        + " RETURNING *"))
                .param("id", a.id().value())
                .param("version", a.version())
                .query(ApplicationStore::map)
                .optional();
        written(a, written);
    }

    /** The application's row is no longer the one remembered (a statement elsewhere writes it). */
    void forget(ApplicationId id) {
        rows.forget(id);
    }

    /** The application read again (not the row remembered), remembered; {@link ApplicationNotFoundException} when none. */
    Application reread(ApplicationId id) {
        rows.forget(id);
        return find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /**
     * The row a statement wrote in place of {@code a}, remembered for the transaction; empty when another change came
     * first (refused with the application's current status).
     */
    void written(Application a, Optional<Application> written) {
        if (written.isEmpty()) {
            rows.forget(a.id());
            throw new ApplicationChangedException(
                    a.id(), read(a.id()).map(Application::status).orElse(a.status()));
        }
        rows.remember(written.get());
    }

    private byte[] seal(String value, String column, UUID id) {
        return personalData.seal(value, TABLE, column, id);
    }

    private String open(byte[] sealed, String column, UUID id) {
        return personalData.open(sealed, TABLE, column, id);
    }

    /** A PostgreSQL array literal of the names, e.g. {@code {LIVING,CARE}}, cast to TEXT[] in the statements. */
    static String names(Set<Subsidy> subsidies) {
        return subsidies.stream()
                .sorted()
                .map(Subsidy::name)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static Application map(ResultSet rs, int n) throws SQLException {
        return new Application(
                new ApplicationId(rs.getObject("id", UUID.class)),
                rs.getString("number"),
                ApplicationStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("partner"),
                rs.getString("receiving_township"),
                rs.getString("home_township"),
                subsidies(rs.getArray("subsidies")),
                SubmitterKind.valueOf(rs.getString("submitter_kind")),
                rs.getString("agent_relationship"),
                rs.getObject("submitter_account_id", UUID.class),
                rs.getObject("staff_account_id", UUID.class),
                rs.getBytes("resident_id_index"),
                rs.getBoolean("under_guardianship"),
                rs.getObject("payee_account_id", UUID.class),
                rs.getInt("correction_round"),
                rs.getString("correction_note"),
                rs.getObject("correction_due", LocalDate.class),
                instant(rs.getTimestamp("accepted_at")),
                instant(rs.getTimestamp("submitted_at")),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static Set<Subsidy> subsidies(Array array) throws SQLException {
        Set<Subsidy> result = EnumSet.noneOf(Subsidy.class);
        Arrays.stream((String[]) array.getArray()).map(Subsidy::valueOf).forEach(result::add);
        return result;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
