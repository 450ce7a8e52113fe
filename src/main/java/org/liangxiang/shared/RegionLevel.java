package org.liangxiang.shared;

/** The level of an administrative division, as read from the shape of its code. */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
