package org.liangxiang.eligibility;

import java.util.UUID;

/** An outreach task with the member of the office it is assigned to (null: the whole office). */
public record AssignedTask(OutreachTask task, UUID assignedTo) {}
