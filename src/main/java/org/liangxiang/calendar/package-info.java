/**
 * The working-day calendar: the State Council's holiday schedules with their make-up working days (调休), and the
 * working-day arithmetic every deadline uses ({@link org.liangxiang.calendar.WorkingDays}). A year without a published
 * schedule falls back to Monday to Friday, and every answer that used it says so ("provisional"); when an administrator
 * enters that year's schedule, {@link org.liangxiang.calendar.WorkingDayScheduleEntered} tells the modules that stored
 * provisional deadlines to recompute them. Rules and conventions: docs/calendar.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.liangxiang.calendar;
