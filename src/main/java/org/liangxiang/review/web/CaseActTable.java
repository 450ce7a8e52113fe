package org.liangxiang.review.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liangxiang.review.CaseAssignments;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The case page's acts, one row each: the path ({@code POST /staff/cases/{id}/<path>}), the key its success reports
 * ({@code ?done=<key>}), the form it is posted from (whose fields carry a refusal, {@code <form>-<field>}) and the
 * service call with the form's values read by {@link ActForms}. The rules are the services'.
 */
@Component
class CaseActTable {

    /** The service call of an act, with the version the page showed and the posted form. */
    @FunctionalInterface
    interface Call {
        CaseSummary run(
                Reviewer reviewer, UUID applicationId, long expectedVersion, MultiValueMap<String, String> form);
    }

    /** One act: path, success key, form and call. */
    record Act(String path, String done, String form, Call call) {}

    /** The success key of each act and the form it belongs to (without the calls, for the page's refusals). */
    private static final Map<String, String> FORMS = Map.of(
            "accepted", "accept",
            "returned", "return",
            "notAccepted", "refuseAcceptance",
            "forwarded", "forward",
            "completed", "complete",
            "refused", "refuseSubsidy",
            "decided", "decide",
            "objection", "objection",
            "noticeEnded", "endNotice",
            "reassigned", "reassign");

    private final Map<String, Act> acts;

    CaseActTable(Reviews reviews, CaseAssignments assignments) {
        this.acts = List.of(
                        act("accept", "accepted", (r, id, v, f) -> reviews.accept(r, id, v)),
                        act(
                                "return",
                                "returned",
                                (r, id, v, f) -> reviews.returnForCorrection(
                                        r,
                                        id,
                                        v,
                                        ActForms.items(f.get("material"), f.get("field")),
                                        f.getFirst("note"))),
                        act(
                                "refuse-acceptance",
                                "notAccepted",
                                (r, id, v, f) -> reviews.refuseAcceptance(
                                        r,
                                        id,
                                        v,
                                        ActForms.nonAcceptance(f.getFirst("reason")),
                                        f.getFirst("explanation"))),
                        act("forward", "forwarded", (r, id, v, f) -> reviews.forward(r, id, v)),
                        act(
                                "complete-step",
                                "completed",
                                (r, id, v, f) -> reviews.completeStep(r, id, v, ActForms.step(f.getFirst("step")))),
                        act(
                                "refuse-subsidy",
                                "refused",
                                (r, id, v, f) -> reviews.refuseSubsidy(
                                        r,
                                        id,
                                        v,
                                        ActForms.subsidy(f.getFirst("subsidy")),
                                        ActForms.refusal("reason", f.getFirst("reason")),
                                        f.getFirst("explanation"))),
                        act(
                                "decide",
                                "decided",
                                (r, id, v, f) -> reviews.decide(r, id, v, ActForms.decisions(f.toSingleValueMap()))),
                        act(
                                "objection",
                                "objection",
                                (r, id, v, f) -> reviews.recordObjection(r, id, v, f.getFirst("objectionNote"))),
                        act("end-notice", "noticeEnded", (r, id, v, f) -> reviews.endNotice(r, id, v)),
                        act(
                                "reassign",
                                "reassigned",
                                (r, id, v, f) ->
                                        assignments.reassign(r, id, v, ActForms.account(f.getFirst("assignee")))))
                .stream()
                .collect(Collectors.toUnmodifiableMap(Act::path, Function.identity()));
    }

    private static Act act(String path, String done, Call call) {
        return new Act(path, done, FORMS.get(done), call);
    }

    /** The act posted to the path, if there is one. */
    Optional<Act> find(String path) {
        return Optional.ofNullable(acts.get(path));
    }

    /** The form of the act whose success reports the key. */
    static String formOf(String done) {
        return FORMS.get(done);
    }
}
