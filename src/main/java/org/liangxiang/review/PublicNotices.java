package org.liangxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.review.notice.Notices;
import org.liangxiang.review.notice.OfficeContact;
import org.liangxiang.review.notice.PublicNoticeList;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public-notice lists (公示名单): the cases in public notice owned by townships of the staff member's jurisdiction,
 * one list per township and notice period, with names and resident ids masked and the subsidies still pending. As data
 * for the notice page, and as the printable PDF for notice boards.
 */
@Service
public class PublicNotices {

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ActingOffices offices;
    private final Notices notices;

    PublicNotices(JdbcClient jdbc, Applications applications, ActingOffices offices, Notices notices) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.offices = offices;
        this.notices = notices;
    }

    private record Row(UUID id, String township, LocalDate from, LocalDate to, Set<Subsidy> pending) {}

    /** Every list of the jurisdiction, by township and period. */
    @Transactional(readOnly = true)
    public List<PublicNoticeList> lists(Reviewer reviewer) {
        Map<String, List<Row>> byPeriod = new LinkedHashMap<>();
        rows(reviewer)
                .forEach(r -> byPeriod.computeIfAbsent(
                                r.township() + "/" + r.from() + "/" + r.to(), k -> new ArrayList<>())
                        .add(r));
        return byPeriod.values().stream().map(this::list).toList();
    }

    /** A list with the code of its township, for links to it. */
    public record Period(String townshipCode, PublicNoticeList list) {}

    /** Every list of the jurisdiction with its township's code, in the order of {@link #lists}. */
    @Transactional(readOnly = true)
    public List<Period> periods(Reviewer reviewer) {
        Map<String, List<Row>> byPeriod = new LinkedHashMap<>();
        rows(reviewer)
                .forEach(r -> byPeriod.computeIfAbsent(
                                r.township() + "/" + r.from() + "/" + r.to(), k -> new ArrayList<>())
                        .add(r));
        return byPeriod.values().stream()
                .map(rows -> new Period(rows.get(0).township(), list(rows)))
                .toList();
    }

    /** One township's list for the period starting on {@code from}; {@link CaseNotFoundException} when none. */
    @Transactional(readOnly = true)
    public PublicNoticeList list(Reviewer reviewer, String township, LocalDate from) {
        List<Row> rows = rows(reviewer).stream()
                .filter(r -> r.township().equals(township) && r.from().equals(from))
                .toList();
        if (rows.isEmpty()) {
            throw new CaseNotFoundException(null);
        }
        return list(rows);
    }

    /** The printable PDF of one township's list for the period starting on {@code from}. */
    @Transactional(readOnly = true)
    public byte[] pdf(Reviewer reviewer, String township, LocalDate from, Locale language) {
        List<Row> rows = rows(reviewer).stream()
                .filter(r -> r.township().equals(township) && r.from().equals(from))
                .toList();
        if (rows.isEmpty()) {
            throw new CaseNotFoundException(null);
        }
        return notices.publicNoticeList(list(rows), language);
    }

    private PublicNoticeList list(List<Row> rows) {
        Row first = rows.get(0);
        List<PublicNoticeList.Entry> entries = rows.stream().map(this::entry).toList();
        return new PublicNoticeList(
                offices.nameOf(first.township()),
                first.from(),
                first.to(),
                entries,
                OfficeContact.named(offices.officeOf(first.township(), ReviewOffice.TOWNSHIP)
                        .displayName()),
                first.to());
    }

    private PublicNoticeList.Entry entry(Row r) {
        ApplicantPerson person = applications.person(new ApplicationId(r.id()));
        return PublicNoticeList.Entry.masking(
                person.fullName(),
                person.residentId(),
                null,
                r.pending(),
                person.certificateNumber().level());
    }

    private List<Row> rows(Reviewer reviewer) {
        return jdbc.sql("SELECT c.application_id, c.owner_township, c.notice_started_on, c.notice_ends_on,"
                        + " (SELECT string_agg(s.subsidy, ',' ORDER BY s.subsidy) FROM review_subsidy s"
                        + "  WHERE s.application_id = c.application_id AND s.outcome = 'PENDING') AS pending"
                        + " FROM review_case c WHERE c.closed_at IS NULL AND c.worklist = 'PUBLIC_NOTICE' AND "
                        + CaseStore.READABLE
                        + " ORDER BY c.owner_township, c.notice_started_on, c.number")
                .param("jurisdiction", reviewer.jurisdiction())
                .query((rs, n) -> new Row(
                        rs.getObject("application_id", UUID.class),
                        rs.getString("owner_township"),
                        rs.getObject("notice_started_on", LocalDate.class),
                        rs.getObject("notice_ends_on", LocalDate.class),
                        subsidies(rs.getString("pending"))))
                .list();
    }

    private static Set<Subsidy> subsidies(String names) {
        Set<Subsidy> set = java.util.EnumSet.noneOf(Subsidy.class);
        for (String n : names.split(",")) {
            set.add(Subsidy.valueOf(n));
        }
        return set;
    }
}
