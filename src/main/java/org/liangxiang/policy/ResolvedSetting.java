package org.liangxiang.policy;

import java.util.UUID;
import org.liangxiang.shared.RegionCode;

/**
 * The value of one setting for a region on a date, with where it comes from.
 *
 * @param key the setting's stable key, e.g. {@code money.living.amountFen}
 * @param value the JSON value; null only for a national default where the national rules set no figure (a value a
 *     region clears falls through to its parent or the national default)
 * @param origin the national baseline or a region's version
 * @param region the region whose version set it, or {@code null} for the national default
 * @param versionId the version that set it, or {@code null} for the national default
 */
public record ResolvedSetting(String key, Object value, SettingOrigin origin, RegionCode region, UUID versionId) {

    static ResolvedSetting national(String key, Object value) {
        return new ResolvedSetting(key, value, SettingOrigin.NATIONAL_DEFAULT, null, null);
    }

    static ResolvedSetting from(String key, SettingsVersion version) {
        return new ResolvedSetting(
                key, version.settings().get(key), SettingOrigin.REGION, version.region(), version.id());
    }
}
