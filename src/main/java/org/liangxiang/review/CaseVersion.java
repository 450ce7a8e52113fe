package org.liangxiang.review;

import java.util.UUID;

/** A case named with the version an act is based on. */
public record CaseVersion(UUID applicationId, long expectedVersion) {}
