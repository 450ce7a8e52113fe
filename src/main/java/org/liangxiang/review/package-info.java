/**
 * Review: acceptance, forwarding, the township check, the federation review, the public notice and the civil-affairs
 * decision per subsidy, deadlines in working days, the notices people receive, worklists and the staff JSON API
 * (docs/review.md). Staff act through {@link org.liangxiang.review.Reviews} and
 * {@link org.liangxiang.review.BulkCompletion} and read through {@link org.liangxiang.review.Worklists}; other modules
 * listen to its events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Review",
        allowedDependencies = {"shared", "intake", "policy", "calendar", "region", "audit", "account", "eligibility"})
package org.liangxiang.review;
