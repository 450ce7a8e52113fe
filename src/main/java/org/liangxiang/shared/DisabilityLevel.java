package org.liangxiang.shared;

import java.util.Optional;

/**
 * The disability level (残疾等级, GB/T 26341), the 20th character of a certificate number: level 1 is the most severe
 * (极重度), then 2 (重度), 3 (中度), 4 (轻度). An enum rather than a number, because there are exactly four and they are
 * stored by name like every other enum; the digit exists only inside certificate numbers. Which levels a subsidy needs
 * is policy configuration: compare with {@link #atLeastAsSevereAs(DisabilityLevel)}, never with the declaration order.
 */
public enum DisabilityLevel {
    LEVEL_1(1, "一级", "level 1"),
    LEVEL_2(2, "二级", "level 2"),
    LEVEL_3(3, "三级", "level 3"),
    LEVEL_4(4, "四级", "level 4");

    private final int digit;
    private final String nameZh;
    private final String nameEn;

    DisabilityLevel(int digit, String nameZh, String nameEn) {
        this.digit = digit;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static Optional<DisabilityLevel> ofDigit(int digit) {
        for (DisabilityLevel level : values()) {
            if (level.digit == digit) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The digit in a certificate number, 1 (most severe) to 4. */
    public int digit() {
        return digit;
    }

    /** {@code LEVEL_1.atLeastAsSevereAs(LEVEL_2)} is true: "level 1 or 2" is {@code atLeastAsSevereAs(LEVEL_2)}. */
    public boolean atLeastAsSevereAs(DisabilityLevel other) {
        return digit <= other.digit;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
