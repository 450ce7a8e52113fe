package org.liangxiang.sms;

import java.time.LocalDateTime;
import org.liangxiang.shared.ChinaTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Demo profile only: the messages the demo gateway would have sent, so that a tester can read a one-time code. */
@Controller
@Profile("demo")
class DemoSmsController {

    static final int SHOWN = 50;

    private final DemoOutbox outbox;

    DemoSmsController(DemoOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/demo/sms")
    String outbox(Model model) {
        model.addAttribute(
                "messages",
                outbox.latest(SHOWN).stream()
                        .map(entry -> new Shown(
                                entry.sentAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime(),
                                entry.phoneMasked(),
                                entry.text()))
                        .toList());
        return "sms/demo-outbox";
    }

    record Shown(LocalDateTime sentAt, String phoneMasked, String text) {}
}
