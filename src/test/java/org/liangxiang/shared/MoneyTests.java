package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @ParameterizedTest(name = "{0} is {1} fen")
    @CsvSource(delimiter = '|', textBlock = """
            60          | 6000  | 60.00
            60.5        | 6050  | 60.50
            60.50       | 6050  | 60.50
            -12.30      | -1230 | -12.30
            0.05        | 5     | 0.05
            -0.05       | -5    | -0.05
            -0          | 0     | 0.00
            007.1       | 710   | 7.10
            ' 120 '     | 12000 | 120.00
            ６０．５      | 6050  | 60.50
            −3          | -300  | -3.00
            92233720368547758.07 | 9223372036854775807 | 92233720368547758.07
            """)
    void parsesYuan(String text, long fen, String yuanString) {
        Money money = Money.parse(text);

        assertThat(money.fen()).isEqualTo(fen);
        assertThat(money.toYuanString()).isEqualTo(yuanString);
        assertThat(Money.parse(money.toYuanString())).isEqualTo(money);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                 | MONEY_REQUIRED     | nothing
            ''                   | MONEY_REQUIRED     | empty
            60.505               | MONEY_DECIMALS     | a third decimal
            -0.001               | MONEY_DECIMALS     | a third decimal, negative
            abc                  | MONEY_FORMAT       | letters
            60元                  | MONEY_FORMAT       | a unit
            1,200.00             | MONEY_FORMAT       | grouping
            60.                  | MONEY_FORMAT       | a point without decimals
            .5                   | MONEY_FORMAT       | no yuan digits
            +60                  | MONEY_FORMAT       | a plus sign
            1e3                  | MONEY_FORMAT       | exponent
            --1                  | MONEY_FORMAT       | two signs
            92233720368547758.08 | MONEY_OUT_OF_RANGE | one fen above the largest amount
            99999999999999999999 | MONEY_OUT_OF_RANGE | too many digits
            """)
    void refusesBadAmountsNamingTheRule(String text, String rule, String why) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.field()).isEqualTo("amount");
            assertThat(refused.messageZh()).isNotBlank();
            assertThat(refused.messageEn()).isNotBlank();
        });
    }

    @Test
    void doesExactArithmetic() {
        Money sixty = Money.ofYuan(60);

        assertThat(sixty.fen()).isEqualTo(6000);
        assertThat(sixty.plus(Money.ofFen(50))).isEqualTo(Money.parse("60.50"));
        assertThat(sixty.minus(Money.ofYuan(100))).isEqualTo(Money.ofYuan(-40));
        assertThat(sixty.times(12)).isEqualTo(Money.ofYuan(720));
        assertThat(sixty.negate()).isEqualTo(Money.ofFen(-6000));
        assertThat(sixty.negate().isNegative()).isTrue();
        assertThat(sixty.isNegative()).isFalse();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(sixty.minus(sixty)).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(1)).isGreaterThan(Money.ZERO).isLessThan(Money.ofFen(2));
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.3"));
        assertThat(sixty).hasToString("60.00");
    }

    @Test
    void refusesToOverflow() {
        Money largest = Money.ofFen(Long.MAX_VALUE);

        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> largest.plus(Money.ofFen(1)));
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> largest.times(2));
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate());
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10));
        assertThat(Money.ofFen(Long.MIN_VALUE).toYuanString()).isEqualTo("-92233720368547758.08");
    }

    @ParameterizedTest(name = "{0} fen by {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100  | 3:3:4   | 30:30:40   | exact
            6000 | 3:3:4   | 1800:1800:2400 | Henan living subsidy floor, province:city:county
            100  | 1:1:1   | 34:33:33   | the spare fen to the first part on a tie
            1    | 3:3:4   | 0:0:1      | the spare fen to the largest fraction
            2    | 3:3:4   | 1:0:1      | largest fractions 0.8 and 0.6
            5    | 1:1:1:1 | 2:1:1:1    | tie, earlier first
            7    | 0:1:0   | 0:7:0      | zero shares get nothing
            0    | 3:3:4   | 0:0:0      | nothing to split
            -100 | 1:1:1   | -34:-33:-33 | a refund mirrors the payment
            -1   | 3:3:4   | 0:0:-1     | mirrored too
            """)
    void splitsByRatioIntoPartsThatAddUp(long fen, String shares, String parts, String why) {
        List<Money> split = Money.ofFen(fen).split(ints(shares));

        assertThat(split).extracting(Money::fen).containsExactlyElementsOf(longs(parts));
    }

    @Test
    void splitPartsAlwaysSumExactlyAndStayWithinAFenOfTheirShare() {
        Random random = new Random(20_160_060L);
        for (int i = 0; i < 20_000; i++) {
            long fen = random.nextLong(-10_000_000_000L, 10_000_000_000L);
            int[] shares = random.ints(1 + random.nextInt(6), 0, 11).toArray();
            if (Arrays.stream(shares).sum() == 0) {
                shares[0] = 1;
            }
            long total = Arrays.stream(shares).sum();

            List<Money> parts = Money.ofFen(fen).split(shares);

            assertThat(parts.stream().mapToLong(Money::fen).sum()).isEqualTo(fen);
            for (int k = 0; k < shares.length; k++) {
                // |part - fen * share / total| < 1, kept in integers
                long error = Math.abs(parts.get(k).fen() * total - fen * shares[k]);
                assertThat(error)
                        .as("part %d of %d by %s", k, fen, Arrays.toString(shares))
                        .isLessThan(total);
            }
            assertThat(Money.ofFen(fen).split(shares)).isEqualTo(parts);
        }
    }

    @Test
    void refusesSharesThatCannotSplit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(1).split());
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(1).split(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(1).split(3, -1));
    }

    private static int[] ints(String colonSeparated) {
        return Arrays.stream(colonSeparated.split(":"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static List<Long> longs(String colonSeparated) {
        return Arrays.stream(colonSeparated.split(":")).map(Long::valueOf).toList();
    }
}
