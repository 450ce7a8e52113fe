package org.liangxiang.policy;

/**
 * Families beyond 低保 whose disabled members a region admits to the living subsidy (民发〔2021〕70号 lets regions
 * extend it; off unless a region switches it on).
 */
public enum LivingExtension {
    /** 低保边缘家庭. */
    NEAR_POVERTY,
    /** 低收入家庭. */
    LOW_INCOME,
    /** 其他困难: other hardship as the region defines it. */
    OTHER_HARDSHIP
}
