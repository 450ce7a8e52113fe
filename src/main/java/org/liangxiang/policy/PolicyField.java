package org.liangxiang.policy;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One setting: a stable key (e.g. {@code money.living.amountFen}), its type, and the national default that applies
 * where no region sets it ({@code null} where the national rules leave the figure to the provinces).
 *
 * @param <T> the setting's type
 */
public final class PolicyField<T> {

    private final String key;
    private final FieldCodec<T> codec;
    private final T nationalDefault;
    private final String basis;
    private final BiConsumer<String, T> extraCheck;

    PolicyField(String key, FieldCodec<T> codec, T nationalDefault, String basis, BiConsumer<String, T> extraCheck) {
        this.key = Objects.requireNonNull(key);
        this.codec = Objects.requireNonNull(codec);
        this.nationalDefault = nationalDefault;
        this.basis = Objects.requireNonNull(basis);
        this.extraCheck = extraCheck;
    }

    public String key() {
        return key;
    }

    /** The value where no region sets one, or {@code null} where there is no national figure. */
    public T nationalDefault() {
        return nationalDefault;
    }

    /** Where the national default comes from, e.g. {@code 国发〔2015〕52号}. */
    public String basis() {
        return basis;
    }

    /** Reads and checks a JSON value; a refusal names this field's key and the rule. */
    public T read(Object json) {
        T value = codec.read(key, json);
        if (extraCheck != null) {
            extraCheck.accept(key, value);
        }
        return value;
    }

    /** The value as plain JSON. */
    public Object write(T value) {
        return value == null ? null : codec.write(value);
    }

    /** The value checked and written back in its one canonical form. */
    Object canonical(Object json) {
        return json == null ? null : write(read(json));
    }

    @Override
    public String toString() {
        return key;
    }
}
