package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Luhn check (ISO/IEC 7812-1) on published examples, and on generated card numbers. */
class BankCardsTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "79927398713,         true", // the textbook example
        "79927398710,         false",
        "4111111111111111,    true", // a well-known test card number
        "4111111111111112,    false",
        "6228480402564890018, true",
        "6228480402564890019, false",
        "0,                   true",
        "'',                  false",
        "62284804025648900a8, false"
    })
    void luhnCheck(String number, boolean valid) {
        assertThat(BankCards.luhnValid(number)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"7992739871, 3", "411111111111111, 1", "622848040256489001, 8"})
    void checkDigitCompletesTheNumber(String payload, char digit) {
        assertThat(BankCards.luhnCheckDigit(payload)).isEqualTo(digit);
    }

    @Test
    void changingAnyOneDigitOfAGeneratedNumberBreaksTheCheck() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 200; n++) {
            String number = BankCards.draw(random).accountNumber();
            int i = random.nextInt(number.length());
            char other = (char) ('0' + (number.charAt(i) - '0' + 1 + random.nextInt(9)) % 10);
            String changed = number.substring(0, i) + other + number.substring(i + 1);
            assertThat(BankCards.luhnValid(number)).isTrue();
            assertThat(BankCards.luhnValid(changed)).as(changed).isFalse();
        }
    }
}
