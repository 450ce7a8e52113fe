package org.liangxiang.review;

import java.util.ArrayList;
import java.util.List;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.stereotype.Service;

/**
 * Completes one step for many cases (at the civil-affairs decision: approves what is pending). Each case is checked
 * and recorded in its own transaction, so one refusal touches no other; the answer says per case what happened.
 */
@Service
public class BulkCompletion {

    static final int MAX_CASES = 200;

    private final Reviews reviews;

    BulkCompletion(Reviews reviews) {
        this.reviews = reviews;
    }

    public List<BulkResult> completeStep(Reviewer reviewer, ReviewStep step, List<CaseVersion> cases) {
        if (step == null || step == ReviewStep.PUBLIC_NOTICE) {
            throw new InvalidValueException(
                    "step",
                    "BULK_STEP",
                    "批量办理只适用于初审、审核和审定",
                    "Bulk completion applies to the township check, federation review and decision");
        }
        if (cases == null || cases.isEmpty() || cases.size() > MAX_CASES) {
            throw new InvalidValueException(
                    "cases", "BULK_SIZE", "一次批量办理1到200件", "A bulk completion names 1 to 200 cases");
        }
        List<BulkResult> results = new ArrayList<>(cases.size());
        for (CaseVersion c : cases) {
            results.add(one(reviewer, step, c));
        }
        return results;
    }

    private BulkResult one(Reviewer reviewer, ReviewStep step, CaseVersion c) {
        try {
            return BulkResult.done(reviews.completeStep(reviewer, c.applicationId(), c.expectedVersion(), step));
        } catch (CaseNotFoundException e) {
            return BulkResult.failed(c.applicationId(), 404, "NOT_FOUND", null);
        } catch (NotYourActException e) {
            return BulkResult.failed(c.applicationId(), 403, "OFFICE", null);
        } catch (CaseConflictException e) {
            return BulkResult.failed(c.applicationId(), 409, e.rule().name(), e.current());
        } catch (InvalidValueException e) {
            return BulkResult.failed(c.applicationId(), 400, e.rule(), null);
        }
    }
}
