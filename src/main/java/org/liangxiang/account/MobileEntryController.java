package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mobile entry {@code /m}: the same portal, with the session marked as the online-mobile channel. The web app
 * manifest starts here, and so does a mini-program shell. A session id change at sign-in keeps the mark.
 */
@Controller
class MobileEntryController {

    @GetMapping("/m")
    String enter(HttpServletRequest request) {
        PortalChannels.enterMobile(request);
        return "redirect:/";
    }
}
