package org.liangxiang.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the service is, and the ways in for applicants, staff and partner systems. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "shared/home";
    }
}
