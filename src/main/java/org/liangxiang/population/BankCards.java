package org.liangxiang.population;

import java.util.SplittableRandom;

/**
 * Bank card numbers (payee accounts): a bank's 6-digit prefix in the UnionPay range (62, illustrative rather than a
 * checked issuer list), random digits, and a Luhn check digit; 16, 17 or 19 digits by bank. The weights lean on the
 * banks that serve rural Henan (农商银行/农信社, 邮储, 农行), which pay most subsidies.
 */
final class BankCards {

    private BankCards() {}

    record Bank(String name, String prefix, int length) {}

    static final Weighted<Bank> BANKS = Weighted.<Bank>builder()
            .add(new Bank("河南农商银行", "623059", 19), 25)
            .add(new Bank("中国农业银行", "622848", 19), 22)
            .add(new Bank("中国邮政储蓄银行", "621799", 19), 20)
            .add(new Bank("中国工商银行", "621226", 19), 10)
            .add(new Bank("中国建设银行", "621700", 19), 10)
            .add(new Bank("中国银行", "621661", 19), 8)
            .add(new Bank("交通银行", "622262", 17), 3)
            .add(new Bank("招商银行", "621483", 16), 2)
            .build();

    static SyntheticPerson.BankAccount draw(SplittableRandom random) {
        Bank bank = BANKS.pick(random);
        StringBuilder number = new StringBuilder(bank.length()).append(bank.prefix());
        while (number.length() < bank.length() - 1) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        number.append(luhnCheckDigit(number));
        return new SyntheticPerson.BankAccount(bank.name(), number.toString());
    }

    /** The digit that makes {@code payload} followed by it pass the Luhn check. */
    static char luhnCheckDigit(CharSequence payload) {
        int sum = luhnSum(payload, true);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static boolean luhnValid(String number) {
        if (number == null || number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return luhnSum(number, false) % 10 == 0;
    }

    /** Doubles every second digit from the right, starting with the rightmost when a check digit is still to come. */
    private static int luhnSum(CharSequence digits, boolean checkDigitFollows) {
        int sum = 0;
        boolean doubled = checkDigitFollows;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }
}
