package org.liangxiang.guide;

/** Whose contact a guide lists: where to apply, and the county offices that review and decide. */
public enum OfficeRole {
    /** 乡镇（街道）便民服务窗口: where applications are taken. */
    TOWNSHIP_WINDOW,
    /** 县级民政部门: decides. */
    COUNTY_CIVIL_AFFAIRS,
    /** 县级残联: reviews certificate, category and level. */
    COUNTY_FEDERATION
}
