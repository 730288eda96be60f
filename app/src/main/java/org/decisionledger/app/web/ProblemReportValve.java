package org.decisionledger.app.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own refusals (a path with an invalid escape or a NUL, a request line or header over
 * its limits) are written before any of the service's code runs, by the host's error report valve,
 * as an HTML page. This valve takes that place and writes the same problems as the rest of the
 * service, with no server details.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemResponses problems;

    ProblemReportValve(ProblemResponses problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            response.resetBuffer();
            problems.writeFailure(request, response, known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known);
            response.setStatus(status);
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // The client is gone or the answer has begun: the status line is all it gets, as before.
        }
    }
}
