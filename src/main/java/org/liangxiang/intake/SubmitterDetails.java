package org.liangxiang.intake;

/**
 * Who submits: {@code kind} a {@link SubmitterKind} name (PERSON when absent); for an agent the relationship to the
 * person (e.g. 父亲, 村委会), required.
 */
public record SubmitterDetails(String kind, String relationship) {}
