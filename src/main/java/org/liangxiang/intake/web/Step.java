package org.liangxiang.intake.web;

import java.util.Arrays;
import java.util.Optional;

/** The pages of the application form, one topic each, in order; the slug is the last part of the page's path. */
public enum Step {
    WHO("who"),
    SUBSIDIES("subsidies"),
    PERSON("person"),
    PAYEE("payee"),
    MATERIALS("materials"),
    CHECK("check"),
    DECLARATION("declaration");

    private final String slug;

    Step(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** 1 for the first page. */
    public int number() {
        return ordinal() + 1;
    }

    static int count() {
        return values().length;
    }

    Step next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** The steps before the person is known keep their answers in the session; from the person on, in the draft. */
    boolean beforeDraft() {
        return this == WHO || this == SUBSIDIES || this == PERSON;
    }

    static Optional<Step> of(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The page where a refused field is put right, e.g. {@code payee.holder} -> payee, {@code materials} -> materials. */
    static Step forField(String field) {
        String head = field == null ? "" : field.split("[.\\[]", 2)[0];
        return switch (head) {
            case "submitter" -> WHO;
            case "subsidies" -> SUBSIDIES;
            case "person", "receivingTownship" -> PERSON;
            case "payee" -> PAYEE;
            case "materials", "file", "materialType" -> MATERIALS;
            default -> CHECK;
        };
    }
}
