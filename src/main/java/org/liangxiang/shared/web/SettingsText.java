package org.liangxiang.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.liangxiang.shared.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings typed in a text area, one {@code key = value} a line, for administration pages whose API takes a JSON object
 * of settings: the value is read as JSON (a number, {@code true}, {@code null}, a quoted string, a list, an object) and
 * otherwise taken as plain text, so {@code materials.LIVING.BASE.PHOTO = REQUIRED} needs no quotes. Lines starting with
 * {@code #} and blank lines are skipped.
 */
public final class SettingsText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SettingsText() {}

    /** The settings of the text, in the order typed; a line without {@code =} is refused naming its number. */
    public static Map<String, Object> parse(String field, String text) {
        Map<String, Object> settings = new LinkedHashMap<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException(
                        field,
                        "SETTINGS_LINE",
                        "第" + (i + 1) + "行应写成“键 = 值”",
                        "Line " + (i + 1) + " should read \"key = value\"");
            }
            settings.put(
                    line.substring(0, eq).strip(), value(line.substring(eq + 1).strip()));
        }
        return settings;
    }

    /** The settings as lines of {@code key = JSON value}, for showing a version. */
    public static String format(Map<String, Object> settings) {
        return settings.entrySet().stream()
                .map(e -> e.getKey() + " = " + JSON.writeValueAsString(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static Object value(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            return text;
        }
    }
}
