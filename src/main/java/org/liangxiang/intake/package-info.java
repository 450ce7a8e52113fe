/**
 * Intake: the application as the applicant sees it. The person (sealed), the submitter or agent with the mandate,
 * the channel, the requested subsidies, the payee account, the materials with their versions, submission (idempotent,
 * one open application per person and subsidy), correction, resubmission and withdrawal, the notices issued, and the
 * applicant's JSON API with the plain-language timeline. Review reads and moves applications only through
 * {@link org.liangxiang.intake.Applications}, {@link org.liangxiang.intake.ApplicationProgress} and
 * {@link org.liangxiang.intake.ApplicationDocuments}, and listens to intake's events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"shared", "account", "guide", "policy", "region", "audit", "calendar"})
package org.liangxiang.intake;
