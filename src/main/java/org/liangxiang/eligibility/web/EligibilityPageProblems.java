package org.liangxiang.eligibility.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liangxiang.eligibility.AlreadyDecidedException;
import org.liangxiang.eligibility.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The eligibility pages' answers for what is not bad input: nothing of that id within the jurisdiction is the 404
 * page (never saying whether it exists elsewhere), a proposal or task already decided meanwhile the 409 page.
 */
@ControllerAdvice(assignableTypes = {RecheckPages.class, OutreachPages.class, ImportPages.class})
class EligibilityPageProblems {

    @ExceptionHandler
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler
    void decided(AlreadyDecidedException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
