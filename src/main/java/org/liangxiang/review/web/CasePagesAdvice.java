package org.liangxiang.review.web;

import java.util.Map;
import org.liangxiang.intake.ApplicationNotFoundException;
import org.liangxiang.review.CaseNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A case unknown or outside the jurisdiction: the same 404 page either way, on every review page. */
@ControllerAdvice(
        assignableTypes = {
            CaseController.class,
            CaseFilesController.class,
            WorkController.class,
            PublicNoticeController.class
        })
class CasePagesAdvice {

    @ExceptionHandler({CaseNotFoundException.class, ApplicationNotFoundException.class})
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
