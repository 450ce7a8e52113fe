package org.liangxiang.calendar;

/** How a day of a published schedule departs from the Monday-to-Friday week. Stored by name. */
public enum DayKind {
    /** A day off (放假), whatever day of the week it falls on. */
    HOLIDAY,
    /** A Saturday or Sunday worked in exchange for a day off (调休上班, 补班). */
    MAKEUP_WORKDAY
}
