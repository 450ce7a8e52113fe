/**
 * Review: acceptance, forwarding, the township check, the federation review, the public notice and the civil-affairs
 * decision per subsidy, deadlines in working days, the notices people receive, worklists and the staff JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.liangxiang.review;
