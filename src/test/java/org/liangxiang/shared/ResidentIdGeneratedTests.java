package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over seeded random ids: valid ids round-trip, every single typing error is caught. */
class ResidentIdGeneratedTests {

    private static final LocalDate TODAY = GeneratedIds.TODAY;
    private static final String ALPHABET = "0123456789X";

    @Test
    void acceptsAndRoundTripsGeneratedIds() {
        Random random = new Random(20_261_129L);
        for (int i = 0; i < 20_000; i++) {
            LocalDate birthDate = GeneratedIds.birthDate(random, TODAY);
            String value = GeneratedIds.residentId(random, birthDate);

            ResidentId id = ResidentId.of(value, TODAY);

            assertThat(id.value()).isEqualTo(value);
            assertThat(ResidentId.of(id.value(), TODAY)).isEqualTo(id);
            assertThat(ResidentId.of(value.toLowerCase() + " ", TODAY)).isEqualTo(id);
            assertThat(id.birthDate()).isEqualTo(birthDate);
            assertThat(id.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(value.substring(6, 14));
            assertThat(id.sex()).isEqualTo((value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(id.masked()).isEqualTo(value.substring(0, 6) + "********" + value.substring(14));
        }
    }

    @Test
    void refusesEverySingleCharacterSubstitution() {
        Random random = new Random(11_643L);
        int refused = 0;
        for (int i = 0; i < 2_000; i++) {
            String valid = GeneratedIds.residentId(random);
            for (int position = 0; position < 18; position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement != valid.charAt(position)) {
                        String typo = valid.substring(0, position) + replacement + valid.substring(position + 1);
                        assertThatThrownBy(() -> ResidentId.of(typo, TODAY))
                                .as("%s with %s at %d", valid, replacement, position + 1)
                                .isInstanceOf(InvalidValueException.class);
                        refused++;
                    }
                }
            }
        }
        assertThat(refused).isEqualTo(2_000 * 18 * 10);
    }

    @Test
    void refusesEveryAdjacentTranspositionOfDifferentCharacters() {
        Random random = new Random(7_064L);
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String valid = GeneratedIds.residentId(random);
            for (int position = 0; position < 17; position++) {
                char left = valid.charAt(position);
                char right = valid.charAt(position + 1);
                if (left != right) {
                    String swapped = valid.substring(0, position) + right + left + valid.substring(position + 2);
                    assertThatThrownBy(() -> ResidentId.of(swapped, TODAY))
                            .as("%s with %d and %d swapped", valid, position + 1, position + 2)
                            .isInstanceOf(InvalidValueException.class);
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(5_000 * 10);
    }

    @Test
    void checkCharacterFollowsTheStandardDefinition() {
        // GB 11643 defines the check by the sum over all 18 positions, weight 2^(i-1) mod 11 counted from the right
        // with X = 10: the sum is 1 mod 11. Checked independently of the weight table in ResidentId.
        Random random = new Random(2_260L);
        for (int i = 0; i < 20_000; i++) {
            String id = GeneratedIds.residentId(random);
            long sum = 0;
            for (int k = 0; k < 18; k++) {
                char c = id.charAt(17 - k);
                int digit = c == 'X' ? 10 : c - '0';
                sum += digit * (long) (1 << k) % 11;
            }
            assertThat(sum % 11).as(id).isEqualTo(1);
        }
    }
}
