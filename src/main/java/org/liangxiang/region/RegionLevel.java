package org.liangxiang.region;

/** The levels the division tree keeps, from the top. Villages (村/居委会) are not kept. */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY,
    TOWNSHIP
}
