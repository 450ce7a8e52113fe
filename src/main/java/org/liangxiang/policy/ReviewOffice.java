package org.liangxiang.policy;

/** The kind of office that does a step; a step delegated to townships names {@link #TOWNSHIP}. */
public enum ReviewOffice {
    /** 乡镇人民政府（街道办事处）. */
    TOWNSHIP,
    /** 县级残联. */
    COUNTY_FEDERATION,
    /** 县级民政部门. */
    COUNTY_CIVIL_AFFAIRS
}
