/**
 * Accounts: applicants (and the agents acting for them), staff with their role and jurisdiction region, sign-in on two
 * separate security chains ({@code /staff/**} for staff, the rest for applicants and the API).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "region", "sms"})
package org.liangxiang.account;
