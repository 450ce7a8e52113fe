package org.liangxiang.review.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffRole;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.review.BulkCompletion;
import org.liangxiang.review.BulkResult;
import org.liangxiang.review.CaseSearch;
import org.liangxiang.review.CaseVersion;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.WorkFilter;
import org.liangxiang.review.WorkView;
import org.liangxiang.review.Worklist;
import org.liangxiang.review.WorklistPage;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worklists ({@code /staff/work}): counts per list, one list by due date with the overdue and due-within-a-day
 * filters and paging, the search by resident id (exact, through intake's blind index; only cases the staff member may
 * read), and bulk completion of a step from a step list ({@code /staff/work/bulk}) with a result per case.
 */
@Controller
class WorkController {

    /** The bulk page lists this many cases at a time (a bulk completion takes up to 200). */
    static final int BULK_PAGE_SIZE = 100;

    private final Worklists worklists;
    private final CaseSearch search;
    private final Applications applications;
    private final BulkCompletion bulk;

    WorkController(Worklists worklists, CaseSearch search, Applications applications, BulkCompletion bulk) {
        this.worklists = worklists;
        this.search = search;
        this.applications = applications;
        this.bulk = bulk;
    }

    @GetMapping("/staff/work")
    String work(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam(required = false) WorkView view,
            @RequestParam(defaultValue = "ALL") WorkFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean mine,
            Model model,
            Locale locale) {
        Reviewer reviewer = Reviewer.of(staff);
        WorkView shown = view == null ? home(staff.role()) : view;
        FormErrors errors = FormErrors.none();
        List<WorklistPage.Item> found = null;
        if (q != null && !q.isBlank()) {
            try {
                found = find(reviewer, q);
            } catch (IllegalArgumentException e) {
                errors = FormErrors.of(
                        new InvalidValueException(
                                "q",
                                "RESIDENT_ID_INVALID",
                                "公民身份号码应为完整的18位；按姓名查找请只输入姓名",
                                "A resident id has all 18 characters; to search by name enter the name only"),
                        locale);
            }
        }
        model.addAttribute("counts", worklists.counts(reviewer));
        model.addAttribute("viewCounts", search.viewCounts(reviewer));
        model.addAttribute("mine", mine);
        model.addAttribute("views", WorkView.values());
        model.addAttribute(
                "page",
                search.page(reviewer, shown, filter, mine, Math.max(0, page), Math.min(Math.max(size, 1), 100)));
        model.addAttribute("filters", WorkFilter.values());
        model.addAttribute("found", found);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("errors", errors);
        model.addAttribute("bulkable", bulkable(shown));
        return "review/work/worklists";
    }

    @GetMapping("/staff/work/bulk")
    String bulkForm(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam WorkView view,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Reviewer reviewer = Reviewer.of(staff);
        model.addAttribute("page", search.page(reviewer, view, WorkFilter.ALL, Math.max(0, page), BULK_PAGE_SIZE));
        model.addAttribute("bulkable", bulkable(view));
        model.addAttribute("errors", FormErrors.none());
        return "review/work/bulk";
    }

    @PostMapping("/staff/work/bulk")
    String bulkComplete(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam WorkView view,
            @RequestParam(name = "cases", required = false) List<String> cases,
            Model model,
            Locale locale) {
        Reviewer reviewer = Reviewer.of(staff);
        try {
            List<BulkResult> results = bulk.completeStep(reviewer, view.step(), versions(cases));
            model.addAttribute("results", results);
            model.addAttribute("numbers", numbers(reviewer, results));
            model.addAttribute("view", view);
            model.addAttribute(
                    "doneCount", results.stream().filter(BulkResult::done).count());
            return "review/work/bulk-results";
        } catch (IllegalArgumentException e) {
            model.addAttribute("page", search.page(reviewer, view, WorkFilter.ALL, 0, BULK_PAGE_SIZE));
            model.addAttribute("bulkable", bulkable(view));
            model.addAttribute("errors", FormErrors.of(e, locale));
            return "review/work/bulk";
        }
    }

    /**
     * The cases of the person the query names, that the staff member may read: a query with a digit is a resident id
     * (a malformed one is refused), anything else a full name; both exact, through intake's blind indexes.
     */
    private List<WorklistPage.Item> find(Reviewer reviewer, String query) {
        String value = Normalizer.normalize(query, Normalizer.Form.NFKC).strip();
        List<ApplicationId> found =
                residentIdShaped(value) ? applications.ofPerson(ResidentId.of(value)) : applications.named(value);
        return search.readable(
                reviewer, found.stream().map(ApplicationId::value).toList());
    }

    /** A resident id has digits; a name has none. */
    static boolean residentIdShaped(String query) {
        return query.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private Map<UUID, String> numbers(Reviewer reviewer, List<BulkResult> results) {
        Map<UUID, String> numbers = new HashMap<>();
        search.readable(
                        reviewer,
                        results.stream().map(BulkResult::applicationId).toList())
                .forEach(i -> numbers.put(i.applicationId(), i.number()));
        return numbers;
    }

    /** The step lists that bulk completion applies to (the public notice ends case by case). */
    static boolean bulkable(WorkView view) {
        Worklist list = view.worklist();
        return list == Worklist.TOWNSHIP_CHECK
                || list == Worklist.FEDERATION_REVIEW
                || list == Worklist.CIVIL_AFFAIRS_DECISION;
    }

    /** The list a role starts at. */
    static WorkView home(StaffRole role) {
        return switch (role) {
            case FEDERATION_REVIEWER -> WorkView.FEDERATION_REVIEW;
            case CIVIL_AFFAIRS_APPROVER -> WorkView.CIVIL_AFFAIRS_DECISION;
            default -> WorkView.TO_ACCEPT;
        };
    }

    /** {@code <application id>:<version>} per selected case. */
    private static List<CaseVersion> versions(List<String> cases) {
        List<CaseVersion> versions = new ArrayList<>();
        for (String value : cases == null ? List.<String>of() : cases) {
            String[] parts = value.split(":", 2);
            try {
                versions.add(new CaseVersion(UUID.fromString(parts[0]), Long.parseLong(parts[1])));
            } catch (RuntimeException e) {
                throw new InvalidValueException(
                        "cases", "CASE_UNREADABLE", "所选案件无法识别", "A selected case is unreadable");
            }
        }
        return versions;
    }
}
