/**
 * Regional policy: effective-dated versions of every setting the other modules read (eligibility extensions and
 * exclusions, amounts, payment rules, the review chain, deadlines, supervision thresholds). The national rules are the
 * built-in baseline ({@link org.liangxiang.policy.PolicyFields}); a province sets its defaults, a city or county
 * overrides any field. {@link org.liangxiang.policy.Policies#inForce} answers "the policy for region R on date D" with
 * the version and region behind every value, and a reference that reproduces the answer later.
 * {@link org.liangxiang.policy.LayeredSettings} is the resolution itself, shared with the guide module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "audit"})
package org.liangxiang.policy;
