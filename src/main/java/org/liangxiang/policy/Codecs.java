package org.liangxiang.policy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Money;

/** The plain codecs: booleans, bounded integers, amounts in fen, enum names and sets of them. */
final class Codecs {

    private Codecs() {}

    static InvalidValueException refuse(String key, String rule, String zh, String en) {
        return new InvalidValueException(key, "POLICY_" + rule, zh, en);
    }

    static FieldCodec<Boolean> bool() {
        return new FieldCodec<>() {
            @Override
            public Boolean read(String key, Object json) {
                if (json instanceof Boolean b) {
                    return b;
                }
                throw refuse(key, "BOOLEAN_REQUIRED", "应为 true 或 false", "Must be true or false");
            }

            @Override
            public Object write(Boolean value) {
                return value;
            }
        };
    }

    static FieldCodec<Integer> integer(int min, int max) {
        return new FieldCodec<>() {
            @Override
            public Integer read(String key, Object json) {
                return (int) longIn(key, json, min, max);
            }

            @Override
            public Object write(Integer value) {
                return value;
            }
        };
    }

    /** An amount in whole fen, from 0 to {@code maxFen}. */
    static FieldCodec<Money> fen(long maxFen) {
        return new FieldCodec<>() {
            @Override
            public Money read(String key, Object json) {
                return Money.ofFen(longIn(key, json, 0, maxFen));
            }

            @Override
            public Object write(Money value) {
                return value.fen();
            }
        };
    }

    static <E extends Enum<E>> FieldCodec<E> enumValue(Class<E> type) {
        return new FieldCodec<>() {
            @Override
            public E read(String key, Object json) {
                return constant(key, type, json);
            }

            @Override
            public Object write(E value) {
                return value.name();
            }
        };
    }

    /** A set of enum names, written sorted in declaration order; duplicates are refused. */
    static <E extends Enum<E>> FieldCodec<Set<E>> enumSet(Class<E> type) {
        return new FieldCodec<>() {
            @Override
            public Set<E> read(String key, Object json) {
                EnumSet<E> result = EnumSet.noneOf(type);
                for (Object item : list(key, json)) {
                    if (!result.add(constant(key, type, item))) {
                        throw refuse(key, "DUPLICATE", "列表中有重复项", "The list has a duplicate");
                    }
                }
                return Set.copyOf(result);
            }

            @Override
            public Object write(Set<E> value) {
                return (value.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(value))
                        .stream().map(Enum::name).toList();
            }
        };
    }

    static long longIn(String key, Object json, long min, long max) {
        long value = integral(key, json);
        if (value < min || value > max) {
            throw refuse(key, "OUT_OF_RANGE", "应在" + min + "到" + max + "之间", "Must be between " + min + " and " + max);
        }
        return value;
    }

    static long integral(String key, Object json) {
        if (json instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // falls through to the refusal
            }
        }
        throw refuse(key, "INTEGER_REQUIRED", "应为整数", "Must be a whole number");
    }

    static <E extends Enum<E>> E constant(String key, Class<E> type, Object json) {
        if (json instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        throw refuse(
                key, "VALUE_UNKNOWN", "不是可选的取值，可选：" + names(type), "Not one of the allowed values: " + names(type));
    }

    static List<?> list(String key, Object json) {
        if (json instanceof Collection<?> collection) {
            return new java.util.ArrayList<>(collection);
        }
        throw refuse(key, "LIST_REQUIRED", "应为列表", "Must be a list");
    }

    static Map<?, ?> object(String key, Object json) {
        if (json instanceof Map<?, ?> map) {
            return map;
        }
        throw refuse(key, "OBJECT_REQUIRED", "应为对象", "Must be an object");
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList());
    }
}
