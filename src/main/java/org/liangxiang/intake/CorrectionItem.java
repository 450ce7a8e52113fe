package org.liangxiang.intake;

import java.util.Objects;

/**
 * One thing a return asks the applicant to correct: a material ({@code code} = a {@code guide.MaterialType} name) or a
 * field of the application ({@code code} = a path from {@link CorrectableFields}, e.g. {@code person.householdAddress}).
 */
public record CorrectionItem(Kind kind, String code) {

    public enum Kind {
        MATERIAL,
        FIELD
    }

    public CorrectionItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static CorrectionItem material(String materialType) {
        return new CorrectionItem(Kind.MATERIAL, materialType);
    }

    public static CorrectionItem field(String path) {
        return new CorrectionItem(Kind.FIELD, path);
    }
}
