package org.liangxiang.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.shared.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The applicant's messages ({@code /messages}): newest first, unread ones marked in words, each can be marked read. */
@Controller
class MessagesController {

    static final int SHOWN = 100;

    private final Notifications notifications;
    private final NoticeTexts texts;

    MessagesController(Notifications notifications, NoticeTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    record Shown(UUID id, String title, String text, LocalDateTime createdAt, boolean unread) {}

    @GetMapping("/messages")
    String messages(@AuthenticationPrincipal SignedInApplicant applicant, Model model, Locale locale) {
        List<Shown> shown = notifications.inbox(applicant.accountId(), SHOWN).stream()
                .map(m -> new Shown(
                        m.id(),
                        texts.title(m.kind(), locale),
                        texts.text(m.templateKey(), m.parameters(), locale),
                        m.createdAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime(),
                        m.unread()))
                .toList();
        model.addAttribute("messages", shown);
        model.addAttribute("unread", shown.stream().filter(Shown::unread).count());
        model.addAttribute("shownAtMost", SHOWN);
        return "notification/messages";
    }

    @PostMapping("/messages/{id}/read")
    String markRead(@AuthenticationPrincipal SignedInApplicant applicant, @PathVariable String id) {
        if (!notifications.markRead(applicant.accountId(), uuid(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/messages?marked";
    }

    /** Not a message id at all is "not found" too: nothing tells an id from another account's. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
