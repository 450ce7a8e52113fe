package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 补正材料通知书: once and completely, everything the applicant must provide or correct, by when, what happens
 * otherwise, and how to do it online. An item named twice is listed once.
 *
 * @param items the materials and fields to correct (at least one)
 * @param clerkNote the clerk's note to the applicant, or null
 * @param correctionDue the last day to correct; after it the application lapses
 */
public record CorrectionNotice(
        Addressee addressee,
        OfficeContact office,
        LocalDate issuedOn,
        List<Item> items,
        String clerkNote,
        LocalDate correctionDue) {

    public CorrectionNotice {
        NoticeValues.required(addressee, "addressee");
        NoticeValues.required(office, "office");
        NoticeValues.required(issuedOn, "issuedOn");
        items = distinct(items);
        clerkNote = NoticeValues.optional(clerkNote);
        NoticeValues.required(correctionDue, "correctionDue");
        if (correctionDue.isBefore(issuedOn)) {
            throw new IllegalArgumentException("correctionDue: not before issuedOn");
        }
    }

    public List<Item> materials() {
        return items.stream().filter(i -> i.kind() == Kind.MATERIAL).toList();
    }

    public List<Item> fields() {
        return items.stream().filter(i -> i.kind() == Kind.FIELD).toList();
    }

    private static List<Item> distinct(List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("items: at least one");
        }
        Map<String, Item> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(item.kind() + ":" + item.code(), item));
        return List.copyOf(byKey.values());
    }

    /** Whether a material is to be provided or replaced, or a detail of the application completed or corrected. */
    public enum Kind {
        MATERIAL,
        FIELD
    }

    /**
     * One thing to correct. The notice prints the message {@code labelKey} in its own language.
     *
     * @param code a guide material type name, or a field path of the application such as {@code
     *     person.householdAddress}
     * @param labelKey the message key of its name
     */
    public record Item(Kind kind, String code, String labelKey) {

        public Item {
            NoticeValues.required(kind, "kind");
            code = NoticeValues.text(code, "code");
            labelKey = NoticeValues.text(labelKey, "labelKey");
        }

        /** A material by its guide.MaterialType name; its name is the guide's {@code guide.material.<TYPE>.name}. */
        public static Item material(String materialType) {
            return new Item(Kind.MATERIAL, materialType, "guide.material." + materialType + ".name");
        }

        /** A field by its path, with the message key of its name (intake's, for the applicant's form). */
        public static Item field(String path, String labelKey) {
            return new Item(Kind.FIELD, path, labelKey);
        }
    }
}
