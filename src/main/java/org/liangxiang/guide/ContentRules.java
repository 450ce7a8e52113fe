package org.liangxiang.guide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;

/**
 * The guide's own content: {@code contacts.<OfficeRole>} (a {@link Contact}) and {@code summary.<Subsidy>} (a {@link
 * Summary}). Amounts, conditions and time limits are never here: a summary that restates one is refused.
 */
final class ContentRules {

    static final Set<String> CONTACT_MEMBERS =
            Set.of("name", "address", "hours", "phone", "sms", "onlineMessage", "wechat");

    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{4,19}");
    private static final Pattern SMS = Pattern.compile("[0-9]{5,20}");
    private static final Pattern URL = Pattern.compile("https://[^\\s]{3,300}");
    private static final Pattern FIGURE = Pattern.compile(
            "[0-9０-９]+(\\.[0-9]+)?\\s*(元|块|个?工作日|天|个月|yuan|rmb|working\\s+days?|days?|months?)",
            Pattern.CASE_INSENSITIVE);

    private ContentRules() {}

    static String contactKey(OfficeRole role) {
        return "contacts." + role.name();
    }

    static String summaryKey(Subsidy subsidy) {
        return "summary." + subsidy.name();
    }

    /** The content to store: every content key, given or (for PUT, which replaces) null to follow the parent. */
    static Map<String, Object> replacing(Map<String, Object> contacts, Map<String, Object> summaries) {
        Map<String, Object> given = new LinkedHashMap<>();
        (contacts == null ? Map.<String, Object>of() : contacts).forEach((role, c) -> given.put("contacts." + role, c));
        (summaries == null ? Map.<String, Object>of() : summaries)
                .forEach((s, text) -> given.put("summary." + s, text));
        Map<String, Object> result = new LinkedHashMap<>();
        for (OfficeRole role : OfficeRole.values()) {
            result.put(contactKey(role), null);
        }
        for (Subsidy subsidy : Subsidy.values()) {
            result.put(summaryKey(subsidy), null);
        }
        given.forEach((key, value) -> {
            if (!result.containsKey(key)) {
                throw new InvalidValueException(
                        key,
                        "GUIDE_CONTENT_KEY_UNKNOWN",
                        "联系方式按 TOWNSHIP_WINDOW、COUNTY_CIVIL_AFFAIRS、COUNTY_FEDERATION 填写，摘要按 LIVING、CARE 填写",
                        "Contacts are for TOWNSHIP_WINDOW, COUNTY_CIVIL_AFFAIRS, COUNTY_FEDERATION; summaries for LIVING,"
                                + " CARE");
            }
            result.put(
                    key,
                    value == null ? null : key.startsWith("contacts.") ? contact(key, value) : summary(key, value));
        });
        return result;
    }

    static Map<String, Object> contact(String key, Object json) {
        Map<?, ?> map = object(key, json);
        for (Object member : map.keySet()) {
            if (!CONTACT_MEMBERS.contains(member)) {
                throw refuse(key + "." + member, "GUIDE_CONTACT_MEMBER_UNKNOWN", "没有这一项", "There is no such item");
            }
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", text(key + ".name", map.get("name"), 100, true));
        contact.put("address", text(key + ".address", map.get("address"), 200, false));
        contact.put("hours", text(key + ".hours", map.get("hours"), 200, false));
        contact.put(
                "phone",
                matching(
                        key + ".phone",
                        map.get("phone"),
                        PHONE,
                        refuse(
                                key + ".phone",
                                "GUIDE_PHONE_FORMAT",
                                "电话号码应为数字，如0371-00001234",
                                "A phone number is digits, e.g. 0371-00001234")));
        contact.put(
                "sms",
                matching(
                        key + ".sms",
                        map.get("sms"),
                        SMS,
                        refuse(key + ".sms", "GUIDE_SMS_FORMAT", "短信号码只能是数字", "An SMS number has digits only")));
        contact.put(
                "onlineMessage",
                matching(
                        key + ".onlineMessage",
                        map.get("onlineMessage"),
                        URL,
                        refuse(
                                key + ".onlineMessage",
                                "GUIDE_URL_FORMAT",
                                "在线留言地址应以 https:// 开头",
                                "An online message address starts with https://")));
        contact.put("wechat", text(key + ".wechat", map.get("wechat"), 100, false));
        if (contact.get("sms") == null && contact.get("onlineMessage") == null && contact.get("wechat") == null) {
            throw refuse(
                    key,
                    "GUIDE_TEXT_CHANNEL_REQUIRED",
                    "请至少提供一种文字联系方式（短信号码、在线留言或微信），听障人士不能只靠电话联系",
                    "Give at least one text channel (SMS, online message or WeChat): deaf people cannot rely on a phone");
        }
        return contact;
    }

    static Map<String, Object> summary(String key, Object json) {
        Map<?, ?> map = object(key, json);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("zh", withoutFigures(key + ".zh", text(key + ".zh", map.get("zh"), 2000, true)));
        summary.put("en", withoutFigures(key + ".en", text(key + ".en", map.get("en"), 2000, false)));
        return summary;
    }

    private static String withoutFigures(String field, String text) {
        if (text != null && FIGURE.matcher(text).find()) {
            throw refuse(
                    field,
                    "GUIDE_SUMMARY_RESTATES_POLICY",
                    "摘要中不要写金额和时限：指南从政策设置中读取，写在这里会与政策不一致",
                    "Keep amounts and time limits out of the summary: the guide reads them from policy");
        }
        return text;
    }

    private static Map<?, ?> object(String key, Object json) {
        if (json instanceof Map<?, ?> map) {
            return map;
        }
        throw refuse(key, "GUIDE_OBJECT_REQUIRED", "应为对象", "Must be an object");
    }

    private static String text(String field, Object json, int max, boolean required) {
        String text = json == null ? null : json instanceof String s ? s.strip() : null;
        if (json != null && text == null) {
            throw refuse(field, "GUIDE_TEXT_REQUIRED", "应为文字", "Must be text");
        }
        if (text == null || text.isEmpty()) {
            if (required) {
                throw refuse(field, "GUIDE_REQUIRED", "请填写这一项", "This is required");
            }
            return null;
        }
        if (text.length() > max) {
            throw refuse(field, "GUIDE_TOO_LONG", "不能超过" + max + "个字符", "At most " + max + " characters");
        }
        return text;
    }

    private static String matching(String field, Object json, Pattern pattern, InvalidValueException refusal) {
        String text = text(field, json, 300, false);
        if (text != null && !pattern.matcher(text).matches()) {
            throw refusal;
        }
        return text;
    }

    private static InvalidValueException refuse(String field, String rule, String zh, String en) {
        return new InvalidValueException(field, rule, zh, en);
    }
}
