package org.liangxiang.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo profile only: every demo staff account (README) gets a second factor at start-up, enrolled the ordinary way (a
 * new secret, confirmed with its current code), and {@code /demo/staff-codes} shows each secret and its current code, so
 * that anyone trying the demo can sign in without an authenticator app, or add the secret to one. Never in prod.
 */
@Controller
@Profile("demo")
@Order(11)
class DemoSecondFactors implements ApplicationRunner {

    record DemoCode(String username, StaffRole role, String secret, String code) {}

    private final StaffAccounts staff;
    private final SecondFactors factors;
    private final TransactionTemplate transactions;

    DemoSecondFactors(StaffAccounts staff, SecondFactors factors, TransactionTemplate transactions) {
        this.staff = staff;
        this.factors = factors;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccounts.DemoStaff s : DemoAccounts.STAFF) {
            staff.findByUsername(s.username())
                    .filter(id -> !factors.isEnrolled(id))
                    .ifPresent(id -> transactions.executeWithoutResult(tx -> {
                        String secret = factors.pendingSecret(id);
                        factors.confirm(id, Totp.codeAt(secret, Instant.now()), Instant.now());
                    }));
        }
    }

    @GetMapping("/demo/staff-codes")
    String codes(Model model) {
        List<DemoCode> codes = new ArrayList<>();
        Instant now = Instant.now();
        for (DemoAccounts.DemoStaff s : DemoAccounts.STAFF) {
            staff.findByUsername(s.username())
                    .flatMap(factors::activeSecret)
                    .ifPresent(secret -> codes.add(new DemoCode(
                            s.username(), s.role(), SecondFactorController.grouped(secret), Totp.codeAt(secret, now))));
        }
        model.addAttribute("codes", codes);
        model.addAttribute("secondsLeft", Totp.PERIOD_SECONDS - now.getEpochSecond() % Totp.PERIOD_SECONDS);
        return "account/demo-staff-codes";
    }
}
