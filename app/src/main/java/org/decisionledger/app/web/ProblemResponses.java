package org.decisionledger.app.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one error shape of the contract: RFC 9457 problem+json with a stable {@code code}, and
 * {@code errors: [{field, message}]} for validation. Used by the error advice and by the security
 * filters, which answer before any controller is reached.
 */
@Component
public class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://decision-ledger.org/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail validation(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, detail, null);
    }

    /**
     * The problem for a failure no controller answered (the container's own refusals, errors
     * forwarded to the error path), by its status.
     */
    public void writeFailure(HttpServletResponse response, HttpStatus status) throws IOException {
        switch (status) {
            case BAD_REQUEST -> writeInvalid(response, "The request's address or headers cannot be read.",
                    "request", "malformed address or headers");
            case NOT_FOUND -> write(response, status, "NOT_FOUND", "There is nothing at this address.");
            case METHOD_NOT_ALLOWED -> write(response, status, "METHOD_NOT_ALLOWED",
                    "This endpoint does not accept that method.");
            case CONTENT_TOO_LARGE -> write(response, status, "PAYLOAD_TOO_LARGE", "The request body is too large.");
            case INTERNAL_SERVER_ERROR -> write(response, status, "INTERNAL_ERROR",
                    "The service could not complete the request. Nothing was recorded unless the answer said so.");
            default -> write(response, status, status.name(), status.getReasonPhrase() + ".");
        }
    }

    /** A validation problem written straight to the response, naming what was wrong. */
    public void writeInvalid(HttpServletResponse response, String detail, String field, String message)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail,
                List.of(Map.of("field", field, "message", message)));
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail,
            List<Map<String, String>> errors) throws IOException {
        ProblemDetail problem = problem(status, code, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("code", code);
        if (errors != null) {
            body.put("errors", errors);
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
