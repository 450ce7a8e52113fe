package org.liangxiang.policy;

/**
 * One step of a region's review chain: what is done, by which kind of office, within how many working days. Two
 * consecutive steps by the same office are in effect merged (one desk does both); a step a county delegates to its
 * townships names {@link ReviewOffice#TOWNSHIP}. For {@link ReviewStep#PUBLIC_NOTICE} the days are the notice period.
 */
public record ReviewChainStep(ReviewStep step, ReviewOffice office, int workingDays) {}
