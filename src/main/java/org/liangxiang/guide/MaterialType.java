package org.liangxiang.guide;

/** A kind of supporting material; names, descriptions and examples are in messages/guide*.properties. */
public enum MaterialType {
    /** 残疾人两项补贴申请审批表. */
    APPLICATION_FORM,
    /** 居民身份证或户口簿. */
    RESIDENT_ID_OR_HOUSEHOLD_REGISTER,
    /** 第二代及以上残疾人证. */
    DISABILITY_CERTIFICATE,
    /** 低保证或其他困难证明. */
    ASSISTANCE_STATUS_PROOF,
    /** 本人（或监护人）银行卡或社会保障卡. */
    PAYEE_ACCOUNT_CARD,
    /** 代办人委托书及代办人身份证. */
    AGENT_AUTHORISATION_AND_ID,
    /** 监护关系证明. */
    GUARDIANSHIP_PROOF
}
