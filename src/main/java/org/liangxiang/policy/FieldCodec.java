package org.liangxiang.policy;

/**
 * Reads a setting's JSON value into its type, checking it (refusals are {@code InvalidValueException}s naming the
 * setting's key and the rule), and writes it back as plain JSON (strings, numbers, booleans, lists, maps).
 */
interface FieldCodec<T> {

    T read(String key, Object json);

    Object write(T value);
}
