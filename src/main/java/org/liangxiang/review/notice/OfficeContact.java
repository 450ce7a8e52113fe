package org.liangxiang.review.notice;

/**
 * An office as a notice names it, with the ways to reach it that are known. Blank values are left out of the notice.
 *
 * @param name e.g. 中原区林山寨街道办事处
 * @param address the window's address, or null
 * @param phone a voice number, or null
 * @param textContact a number for text messages or an address for written questions (so that deaf people need no
 *     call), or null
 */
public record OfficeContact(String name, String address, String phone, String textContact) {

    public OfficeContact {
        name = NoticeValues.text(name, "name");
        address = NoticeValues.optional(address);
        phone = NoticeValues.optional(phone);
        textContact = NoticeValues.optional(textContact);
    }

    /** An office known by its name only. */
    public static OfficeContact named(String name) {
        return new OfficeContact(name, null, null, null);
    }

    public boolean hasContact() {
        return address != null || phone != null || textContact != null;
    }
}
