package org.liangxiang.shared;

import java.util.Optional;

/** The disability category (残疾类别), the 19th character of a certificate number. Stored by name. */
public enum DisabilityCategory {
    VISUAL(1, "视力残疾", "visual disability"),
    HEARING(2, "听力残疾", "hearing disability"),
    SPEECH(3, "言语残疾", "speech disability"),
    PHYSICAL(4, "肢体残疾", "physical disability"),
    INTELLECTUAL(5, "智力残疾", "intellectual disability"),
    MENTAL(6, "精神残疾", "mental disability"),
    MULTIPLE(7, "多重残疾", "multiple disabilities");

    private final int digit;
    private final String nameZh;
    private final String nameEn;

    DisabilityCategory(int digit, String nameZh, String nameEn) {
        this.digit = digit;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static Optional<DisabilityCategory> ofDigit(int digit) {
        for (DisabilityCategory category : values()) {
            if (category.digit == digit) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** The digit in a certificate number, 1 to 7. */
    public int digit() {
        return digit;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
