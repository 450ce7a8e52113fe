package org.liangxiang.population;

import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;

/**
 * The intake and review tables a load of applications fills, each with its COPY statement and the rows one application
 * contributes. Personal data is sealed exactly as intake seals it: bound to intake's table, column and row id (the
 * application's id for the person, the payee account's id for the account), with the resident id's blind index.
 */
final class ApplicationTables {

    private ApplicationTables() {}

    record Table(String name, String copySql, PopulationLoader.Encoder<SyntheticApplication> rows) {}

    static final String PAYEE = "intake_payee_account";
    static final String APPLICATION = "intake_application";

    static List<Table> all(PersonalData data, String createdBy) {
        return List.of(
                new Table(
                        PAYEE,
                        copy(
                                PAYEE,
                                "id, application_id, holder, holder_name_sealed, bank_name_sealed,"
                                        + " account_number_sealed, created_at"),
                        (a, out) -> out.row(7)
                                .uuid(a.payeeId)
                                .uuid(a.id)
                                .text(a.payeeHolder)
                                .bytes(data.seal(a.payeeName, PAYEE, "holder_name", a.payeeId))
                                .bytes(data.seal(a.bankName, PAYEE, "bank_name", a.payeeId))
                                .bytes(data.seal(a.accountNumber, PAYEE, "account_number", a.payeeId))
                                .timestamp(a.createdAt)),
                new Table(
                        APPLICATION,
                        copy(
                                APPLICATION,
                                "id, number, status, channel, receiving_township, home_township, subsidies,"
                                        + " submitter_kind, agent_relationship, submitter_account_id,"
                                        + " staff_account_id, full_name_sealed, full_name_index, resident_id_sealed,"
                                        + " resident_id_index,"
                                        + " certificate_number_sealed, household_address_sealed, under_guardianship,"
                                        + " payee_account_id, correction_round, correction_note, correction_due,"
                                        + " accepted_at, submitted_at,"
                                        + " submitted_on, created_by, created_at, updated_at"),
                        (a, out) -> application(a, data, createdBy, out)),
                new Table(
                        "intake_application_subsidy",
                        copy("intake_application_subsidy", "application_id, subsidy, resident_id_index, open, outcome"),
                        (a, out) -> applicationSubsidies(a, data, out)),
                new Table(
                        "intake_correction_item",
                        copy("intake_correction_item", "application_id, round, kind, code"),
                        ApplicationTables::correctionItem),
                new Table(
                        "review_case",
                        copy(
                                "review_case",
                                "application_id, number, channel, receiving_township, home_township,"
                                        + " owner_township, payee_account_id, submitted_on, state, worklist, office,"
                                        + " office_region, step_position, clock_started_on, clock_budget, clock_used,"
                                        + " due_date, due_provisional_years, resume_worklist, correction_started_on,"
                                        + " correction_days, correction_items, correction_note, notice_started_on,"
                                        + " notice_ends_on, notice_days, chain, chain_pauses_for_notice,"
                                        + " chain_policy, closed_on, closed_at, created_at, updated_at"),
                        ApplicationTables::reviewCase),
                new Table(
                        "review_subsidy",
                        copy(
                                "review_subsidy",
                                "application_id, subsidy, outcome, decided_at, refusal_reason, monthly_amount_fen,"
                                        + " start_month, policy_reference, decided_on, decided_by"),
                        ApplicationTables::reviewSubsidies),
                new Table(
                        "review_case_step",
                        copy(
                                "review_case_step",
                                "application_id, position, step, office, office_region, working_days, started_on,"
                                        + " due_date, completed_on, completed_by, outcome"),
                        ApplicationTables::steps));
    }

    private static String copy(String table, String columns) {
        return "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
    }

    private static void application(SyntheticApplication a, PersonalData data, String createdBy, BinaryCopy out) {
        Applicant p = a.applicant;
        UUID id = a.id;
        out.row(28)
                .uuid(id)
                .text(a.number)
                .text(a.status.name())
                .text(a.channel.name())
                .text(a.receivingTownship)
                .text(a.homeTownship())
                .textArray(a.subsidies.stream().map(Subsidy::name).toList())
                .text(a.submitterKind)
                .text(a.agentRelationship)
                .uuid(a.submitterAccountId)
                .uuid(a.staffAccountId)
                .bytes(data.seal(p.fullName(), APPLICATION, "full_name", id))
                .bytes(data.index(PersonalData.NAME, p.fullName()))
                .bytes(data.seal(p.residentId(), APPLICATION, "resident_id", id))
                .bytes(data.index(PersonalData.RESIDENT_ID, p.residentId()))
                .bytes(data.seal(p.certificateNumber(), APPLICATION, "certificate_number", id))
                .bytes(data.seal(a.householdAddress, APPLICATION, "household_address", id))
                .bool(false)
                .uuid(a.payeeId)
                .integer(a.correctionRound)
                .text(a.correctionNote)
                .date(a.correctionDue)
                .timestamp(a.acceptedAt)
                .timestamp(a.submittedAt)
                .date(a.submittedOn)
                .text(createdBy)
                .timestamp(a.createdAt)
                .timestamp(a.updatedAt);
    }

    private static void applicationSubsidies(SyntheticApplication a, PersonalData data, BinaryCopy out) {
        byte[] index = data.index(PersonalData.RESIDENT_ID, a.applicant.residentId());
        a.outcomes.forEach((subsidy, o) -> out.row(5)
                .uuid(a.id)
                .text(subsidy.name())
                .bytes(index)
                .bool(a.open())
                .text(o.decided() ? o.outcome() : null));
    }

    private static void correctionItem(SyntheticApplication a, BinaryCopy out) {
        if (a.correctionMaterial != null) {
            out.row(4).uuid(a.id).integer(a.correctionRound).text("MATERIAL").text(a.correctionMaterial);
        }
    }

    private static void reviewCase(SyntheticApplication a, BinaryCopy out) {
        boolean returned = a.correctionItemsJson != null;
        out.row(33)
                .uuid(a.id)
                .text(a.number)
                .text(a.channel.name())
                .text(a.receivingTownship)
                .text(a.homeTownship())
                .text(a.ownerTownship)
                .uuid(a.payeeId)
                .date(a.submittedOn)
                .text(a.state.name())
                .text(a.worklist.name())
                .text(a.office.name())
                .text(a.officeRegion)
                .nullableInteger(a.stepPosition)
                .date(a.clockStartedOn)
                .integer(a.clockBudget)
                .integer(a.clockUsed)
                .date(a.dueDate)
                .integerArray(a.dueProvisionalYears)
                .text(a.resumeWorklist == null ? null : a.resumeWorklist.name())
                .date(returned ? a.correctionStartedOn : null)
                .nullableInteger(returned ? a.correctionDays : null)
                .jsonb(a.correctionItemsJson)
                .text(returned ? a.correctionNote : null)
                .date(a.noticeStartedOn)
                .date(a.noticeEndsOn)
                .nullableInteger(a.noticeDays)
                .jsonb(a.chainJson)
                .nullableBool(a.chainPausesForNotice)
                .text(a.chainPolicy)
                .date(a.closedOn)
                .timestamp(a.closedAt)
                .timestamp(a.createdAt)
                .timestamp(a.updatedAt);
    }

    private static void reviewSubsidies(SyntheticApplication a, BinaryCopy out) {
        a.outcomes.forEach((subsidy, o) -> {
            out.row(10)
                    .uuid(a.id)
                    .text(subsidy.name())
                    .text(o.outcome())
                    .text(o.decidedAt())
                    .text(o.refusalReason());
            if (o.monthlyAmountFen() == null) {
                out.nul();
            } else {
                out.bigint(o.monthlyAmountFen());
            }
            out.date(o.startMonth())
                    .text(o.policyReference())
                    .date(o.decidedOn())
                    .uuid(o.decidedBy());
        });
    }

    private static void steps(SyntheticApplication a, BinaryCopy out) {
        for (SyntheticApplication.Step s : a.steps) {
            out.row(11)
                    .uuid(a.id)
                    .integer(s.position())
                    .text(s.step().step().name())
                    .text(s.step().office().name())
                    .text(s.officeRegion())
                    .integer(s.step().workingDays())
                    .date(s.startedOn())
                    .date(s.dueDate())
                    .date(s.completedOn())
                    .uuid(s.completedBy())
                    .text(s.outcome());
        }
    }
}
