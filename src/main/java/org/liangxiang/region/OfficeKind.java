package org.liangxiang.region;

/** The offices on an application's review chain that serve a township. */
public enum OfficeKind {
    /** 乡镇人民政府 / 街道办事处: accepts and does the first check. */
    TOWNSHIP_OFFICE,
    /** 县级残联: checks certificate, category and level. */
    COUNTY_FEDERATION,
    /** 县级民政部门: decides. */
    COUNTY_CIVIL_AFFAIRS
}
