package org.liangxiang.policy;

import java.time.LocalDate;
import java.util.Map;
import org.liangxiang.shared.RegionCode;

/**
 * A policy version to create: the region, the first day it applies, the settings it sets (field key to JSON value; null
 * clears the region's own value so that it follows its parent again) and why.
 */
public record NewPolicyVersion(RegionCode region, LocalDate effectiveFrom, Map<String, Object> settings, String note) {}
