package org.liangxiang.intake.follow;

import org.liangxiang.intake.ApplicationChangedException;
import org.liangxiang.intake.ApplicationNotFoundException;
import org.liangxiang.intake.ApplicationStateException;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The follow pages' refusals as pages: an application the person may not see (or a malformed id) is "not found" (404,
 * so that ids cannot be probed); an act its status does not allow, or a change made meanwhile, is 409, saying the status.
 */
@ControllerAdvice(assignableTypes = {FollowController.class, CorrectionController.class, WithdrawalController.class})
class FollowProblems {

    @ExceptionHandler(ApplicationNotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "notFound", null, null);
    }

    @ExceptionHandler(InvalidValueException.class)
    ModelAndView malformed(InvalidValueException e) {
        if (!"applicationId".equals(e.field())) {
            throw e;
        }
        return notFound();
    }

    @ExceptionHandler(ApplicationStateException.class)
    ModelAndView state(ApplicationStateException e) {
        return page(HttpStatus.CONFLICT, "state", e.status().name(), e.act());
    }

    @ExceptionHandler(ApplicationChangedException.class)
    ModelAndView changed(ApplicationChangedException e) {
        return page(HttpStatus.CONFLICT, "changed", null, null);
    }

    private static ModelAndView page(HttpStatus status, String problem, String applicationStatus, String act) {
        ModelAndView page = new ModelAndView("intake/follow/problem");
        page.setStatus(status);
        page.addObject("problem", problem);
        page.addObject("applicationStatus", applicationStatus);
        page.addObject("act", act);
        return page;
    }
}
