/**
 * Eligibility on facts: reference data from other agencies loaded by one import engine ({@link
 * org.liangxiang.eligibility.ReferenceImports}), rules that check one person or a million in one statement ({@link
 * org.liangxiang.eligibility.Rules}), evidence reports for applications and staff ({@link
 * org.liangxiang.eligibility.EvidenceReports}), monthly re-checks of current beneficiaries with proposals that the
 * county confirms ({@link org.liangxiang.eligibility.Rechecks}), and proactive discovery (主动发现) with outreach tasks
 * for the township's staff assistants ({@link org.liangxiang.eligibility.Outreach}). It never decides: reviewers do.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "policy", "region", "audit", "account", "intake"})
package org.liangxiang.eligibility;
