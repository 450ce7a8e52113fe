package org.liangxiang.population;

import java.util.List;
import org.liangxiang.population.SyntheticPerson.AssistanceStatus;
import org.liangxiang.population.SyntheticPerson.Certificate;
import org.liangxiang.shared.crypto.PersonalData;

/**
 * The four tables a run fills, each with its COPY statement and the rows one person contributes. Personal data is
 * sealed bound to the table, the column and the person's id; resident id, certificate number, phone and name also get
 * their blind index.
 */
final class PopulationTables {

    private PopulationTables() {}

    /** Writes the rows of one person into a COPY buffer and returns how many. */
    @FunctionalInterface
    interface Rows {
        int write(SyntheticPerson person, long seed, PersonalData personalData, BinaryCopy out);
    }

    record Table(String name, String copySql, Rows rows) {}

    static final String PERSON = "population_person";
    static final String CERTIFICATE = "population_certificate";
    static final String ASSISTANCE_STATUS = "population_assistance_status";
    static final String BANK_ACCOUNT = "population_bank_account";

    static final List<Table> ALL = List.of(
            new Table(
                    PERSON,
                    copy(
                            PERSON,
                            "id, seed, ordinal, household_id, household_relation, township_code, county_code, "
                                    + "birth_date, sex, full_name_sealed, full_name_index, resident_id_sealed, "
                                    + "resident_id_index, phone_sealed, phone_index, has_demo_account"),
                    PopulationTables::person),
            new Table(
                    CERTIFICATE,
                    copy(
                            CERTIFICATE,
                            "person_id, seed, certificate_number_sealed, certificate_number_index, category, level, "
                                    + "reissue, issued_on, expires_on"),
                    PopulationTables::certificate),
            new Table(
                    ASSISTANCE_STATUS,
                    copy(ASSISTANCE_STATUS, "person_id, seed, household_id, kind, valid_from, valid_to"),
                    PopulationTables::statuses),
            new Table(
                    BANK_ACCOUNT,
                    copy(BANK_ACCOUNT, "person_id, seed, bank_name, account_number_sealed"),
                    PopulationTables::bankAccount));

    private static String copy(String table, String columns) {
        return "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
    }

    private static int person(SyntheticPerson p, long seed, PersonalData data, BinaryCopy out) {
        String residentId = p.residentId().value();
        out.row(16)
                .uuid(p.id())
                .bigint(seed)
                .integer(p.ordinal())
                .uuid(p.householdId())
                .text(p.relation().name())
                .text(p.township().code())
                .text(p.township().countyCode())
                .date(p.birthDate())
                .text(p.sex().name())
                .bytes(data.seal(p.fullName(), PERSON, "full_name", p.id()))
                .bytes(data.index(PersonalData.NAME, p.fullName()))
                .bytes(data.seal(residentId, PERSON, "resident_id", p.id()))
                .bytes(data.index(PersonalData.RESIDENT_ID, residentId))
                .bytes(data.seal(p.phone(), PERSON, "phone", p.id()))
                .bytes(data.index(PersonalData.PHONE, p.phone()))
                .bool(p.hasDemoAccount());
        return 1;
    }

    private static int certificate(SyntheticPerson p, long seed, PersonalData data, BinaryCopy out) {
        Certificate c = p.certificate();
        if (c == null) {
            return 0;
        }
        String number = c.number().value();
        out.row(9)
                .uuid(p.id())
                .bigint(seed)
                .bytes(data.seal(number, CERTIFICATE, "certificate_number", p.id()))
                .bytes(data.index(PersonalData.CERTIFICATE_NUMBER, number))
                .text(c.number().category().name())
                .text(c.number().level().name())
                .smallint(c.number().reissue())
                .date(c.issuedOn())
                .date(c.expiresOn());
        return 1;
    }

    private static int statuses(SyntheticPerson p, long seed, PersonalData data, BinaryCopy out) {
        for (AssistanceStatus s : p.statuses()) {
            out.row(6)
                    .uuid(p.id())
                    .bigint(seed)
                    .uuid(p.householdId())
                    .text(s.kind().name())
                    .date(s.validFrom())
                    .date(s.validTo());
        }
        return p.statuses().size();
    }

    private static int bankAccount(SyntheticPerson p, long seed, PersonalData data, BinaryCopy out) {
        if (p.bankAccount() == null) {
            return 0;
        }
        out.row(4)
                .uuid(p.id())
                .bigint(seed)
                .text(p.bankAccount().bankName())
                .bytes(data.seal(p.bankAccount().accountNumber(), BANK_ACCOUNT, "account_number", p.id()));
        return 1;
    }
}
