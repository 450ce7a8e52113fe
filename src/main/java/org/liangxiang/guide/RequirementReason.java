package org.liangxiang.guide;

import java.util.UUID;
import org.liangxiang.policy.SettingOrigin;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;

/**
 * Why a material is listed: the subsidy and the situation (null: any application for the subsidy) whose rule asks for
 * it, and who set that rule (a region's version, or the national default).
 */
public record RequirementReason(
        Subsidy subsidy, Situation situation, String key, SettingOrigin origin, RegionCode region, UUID versionId) {

    /** The message code explaining the reason, e.g. {@code guide.reason.BASE} or {@code guide.reason.RENEWAL}. */
    public String messageCode() {
        return "guide.reason." + (situation == null ? "BASE" : situation.name());
    }
}
