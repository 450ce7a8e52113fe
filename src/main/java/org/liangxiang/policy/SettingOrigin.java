package org.liangxiang.policy;

/** Where a resolved setting comes from: the national baseline built into the code, or a region's version. */
public enum SettingOrigin {
    NATIONAL_DEFAULT,
    REGION
}
