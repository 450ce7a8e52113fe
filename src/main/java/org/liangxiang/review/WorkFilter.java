package org.liangxiang.review;

/** Which cases of a worklist to show: all, only the overdue ones, or those due today or on the next working day. */
public enum WorkFilter {
    ALL,
    OVERDUE,
    DUE_WITHIN_A_DAY
}
