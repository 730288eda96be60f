package org.decisionledger.app.web;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failures that never reach a controller (a path the firewall refuses, such as one with {@code ;} or
 * {@code //}, an error the container raises) are answered as problems too, in place of Spring Boot's
 * own error body: every error a client sees has a type, a title and a stable code.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.resolve(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (code == null) {
            // Asked for by address, not forwarded here by the container: there is no such resource.
            status = HttpStatus.NOT_FOUND;
        } else if (firewallRejected(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // A header the firewall refuses is found only when read, after the filter chain has started.
            status = HttpStatus.BAD_REQUEST;
        }
        response.resetBuffer();
        problems.writeFailure(request, response, status);
    }

    static boolean firewallRejected(Object failure) {
        for (Throwable cause = failure instanceof Throwable thrown ? thrown : null; cause != null;
                cause = cause.getCause()) {
            if (cause instanceof RequestRejectedException) {
                return true;
            }
        }
        return false;
    }
}
