package org.liangxiang.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of renminbi in whole fen (分), with no floating point anywhere: arithmetic is exact and overflow throws
 * {@link ArithmeticException}. Parsing refuses with an {@link InvalidValueException} naming one rule: {@code
 * MONEY_REQUIRED}, {@code MONEY_FORMAT}, {@code MONEY_DECIMALS} (more than two decimal places), {@code
 * MONEY_OUT_OF_RANGE}.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    static final String FIELD = "amount";

    private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /** Yuan as typed: {@code 60}, {@code 60.5}, {@code 60.50}, {@code -12.30}; full-width digits and spaces allowed. */
    public static Money parse(String raw) {
        String text = IdentifierText.normalise(raw).replace('\u2212', '-');
        if (text.isEmpty()) {
            throw refuse("REQUIRED", "请填写金额", "An amount is required");
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            throw refuse("FORMAT", "金额应为数字，如60或60.50", "An amount is a number such as 60 or 60.50");
        }
        String decimals = m.group(3) == null ? "" : m.group(3);
        if (decimals.length() > 2) {
            throw refuse("DECIMALS", "金额最多两位小数（精确到分）", "An amount has at most two decimal places (fen)");
        }
        try {
            long fen = Math.addExact(
                    Math.multiplyExact(Long.parseLong(m.group(2)), 100L),
                    decimals.isEmpty() ? 0 : Long.parseLong((decimals + "0").substring(0, 2)));
            return new Money(m.group(1).isEmpty() ? fen : -fen);
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            throw refuse("OUT_OF_RANGE", "金额超出范围", "The amount is out of range");
        }
    }

    private static InvalidValueException refuse(String rule, String zh, String en) {
        return new InvalidValueException(FIELD, "MONEY_" + rule, zh, en);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** {@code 60.00}, {@code -0.05}: yuan with exactly two decimals, no grouping, no symbol. */
    public String toYuanString() {
        String sign = fen < 0 ? "-" : "";
        long yuan = Math.abs(fen / 100);
        long cents = Math.abs(fen % 100);
        return sign + yuan + "." + (cents < 10 ? "0" : "") + cents;
    }

    /**
     * Splits this amount by ratio so that the parts add up to it exactly, e.g. a subsidy's cost shared province : city
     * : county = 3 : 3 : 4. Each part first gets its exact share rounded down to the fen; the fen left over (fewer than
     * the number of parts) go one each to the parts whose shares lost the largest fractions, the earlier part first on
     * a tie (the largest-remainder method). So 1.00 by 1:1:1 is 0.34, 0.33, 0.33 and 0.01 by 3:3:4 is 0.00, 0.00, 0.01.
     * A negative amount splits as the negation of its absolute value's split, so a refund mirrors the payment.
     *
     * @param shares non-negative, at least one of them positive
     * @return the parts, in the order of the shares
     */
    public List<Money> split(int... shares) {
        long total = Arrays.stream(shares).asLongStream().sum();
        if (shares.length == 0 || Arrays.stream(shares).anyMatch(s -> s < 0) || total == 0) {
            throw new IllegalArgumentException("Shares must be non-negative and not all zero");
        }
        if (fen < 0) {
            return negate().split(shares).stream().map(Money::negate).toList();
        }
        long[] parts = new long[shares.length];
        long[] remainders = new long[shares.length];
        long left = fen;
        for (int i = 0; i < shares.length; i++) {
            long product = Math.multiplyExact(fen, (long) shares[i]);
            parts[i] = product / total;
            remainders[i] = product % total;
            left -= parts[i];
        }
        for (; left > 0; left--) {
            parts[indexOfLargest(remainders)]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(part));
        }
        return List.copyOf(result);
    }

    /** The first index holding the largest value, which is then spent (set below every remainder). */
    private static int indexOfLargest(long[] remainders) {
        int best = 0;
        for (int i = 1; i < remainders.length; i++) {
            if (remainders[i] > remainders[best]) {
                best = i;
            }
        }
        remainders[best] = -1;
        return best;
    }

    /** The same as {@link #toYuanString()}. */
    @Override
    public String toString() {
        return toYuanString();
    }
}
