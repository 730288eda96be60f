package org.decisionledger.app.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one error shape of the contract: RFC 9457 problem+json with a stable {@code code}, and
 * {@code errors: [{field, message}]} for validation. Used by the error advice and by the filters
 * (security, size limits) and the container's error paths, which answer before any controller is
 * reached.
 */
@Component
public class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A path longer than this (Tomcat refuses them) is not echoed back. */
    private static final int MAX_INSTANCE = 2048;

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

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        write(request, response, status, code, detail, null);
    }

    /**
     * The problem for a failure no controller answered (the container's own refusals, errors
     * forwarded to the error path), by its status.
     */
    public void writeFailure(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        switch (status) {
            case BAD_REQUEST -> writeInvalid(request, response, "The request's address or headers cannot be read.",
                    "request", "malformed address or headers");
            case NOT_FOUND -> write(request, response, status, "NOT_FOUND", "There is nothing at this address.");
            case METHOD_NOT_ALLOWED -> write(request, response, status, "METHOD_NOT_ALLOWED",
                    "This endpoint does not accept that method.");
            case CONTENT_TOO_LARGE -> write(request, response, status, "PAYLOAD_TOO_LARGE",
                    "The request body is too large.");
            case INTERNAL_SERVER_ERROR -> write(request, response, status, "INTERNAL_ERROR",
                    "The service could not complete the request. Nothing was recorded unless the answer said so.");
            default -> write(request, response, status, status.name(), status.getReasonPhrase() + ".");
        }
    }

    /** A validation problem written straight to the response, naming what was wrong. */
    public void writeInvalid(HttpServletRequest request, HttpServletResponse response, String detail, String field,
            String message) throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail,
                List.of(Map.of("field", field, "message", message)));
    }

    /**
     * Written as the advice's problems are: {@code application/problem+json} with no charset (JSON is
     * UTF-8, RFC 8259), UTF-8 bytes, and {@code instance}, the path the request was made to. A
     * writer would have had the container add {@code charset=ISO-8859-1}.
     */
    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail, List<Map<String, String>> errors) throws IOException {
        ProblemDetail problem = problem(status, code, detail);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        String instance = instance(request);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", code);
        if (errors != null) {
            body.put("errors", errors);
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            // Whatever wrote before took the writer: keep it, in UTF-8, named as such.
            response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
            response.getWriter().write(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The path the client asked for, also when the container forwarded the request to the error path. */
    private static String instance(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String forwarded ? forwarded : request.getRequestURI();
        return path == null || path.isEmpty() || path.length() > MAX_INSTANCE ? null : path;
    }
}
