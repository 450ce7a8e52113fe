package org.liangxiang.account;

/**
 * What a staff member does. One role per account: the three administrators (三员: system, security, audit) can never
 * be the same account. Stored by name.
 */
public enum StaffRole {
    /** 乡镇（街道）经办人: accepts, returns or refuses applications; township check; window intake. */
    TOWNSHIP_CLERK,
    /** 民政助理员 / 残联专职委员: proactive discovery, helps people apply. */
    STAFF_ASSISTANT,
    /** 县级残联审核人: checks certificate, category and level. */
    FEDERATION_REVIEWER,
    /** 县级民政审定人: decides; approves payment batches. */
    CIVIL_AFFAIRS_APPROVER,
    COUNTY_SUPERVISOR,
    CITY_SUPERVISOR,
    PROVINCE_SUPERVISOR,
    /** 系统管理员: accounts, roles, jurisdictions, configuration. */
    SYSTEM_ADMIN,
    /** 安全管理员: security settings. */
    SECURITY_ADMIN,
    /** 审计管理员: reads the audit trail and its verification, nothing else. */
    AUDIT_ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_TOWNSHIP_CLERK}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
