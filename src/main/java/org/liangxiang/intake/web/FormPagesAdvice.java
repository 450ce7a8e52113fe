package org.liangxiang.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liangxiang.intake.ApplicationNotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An application the actor may not act on is "not found" (404), as in the JSON API, so ids cannot be probed. */
@ControllerAdvice(assignableTypes = {ApplyController.class, StaffIntakePagesController.class})
class FormPagesAdvice {

    @ExceptionHandler
    void notFound(ApplicationNotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
