package org.liangxiang.intake;

import java.time.LocalDate;

/**
 * Where an application is expected next ({@link ExpectedNext}): {@code stageKey} a message key of the stage (review's
 * {@code review.stage.<WORKLIST>}, e.g. {@code review.stage.TOWNSHIP_CHECK}), the acting office's region code, and the
 * date it is due by (null when none is set). Codes and a date only.
 */
public record ExpectedStage(String stageKey, String officeRegionCode, LocalDate dueDate) {}
