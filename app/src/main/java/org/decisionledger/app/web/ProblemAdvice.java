package org.decisionledger.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.decisionledger.command.common.IfMatchNotMet;
import org.decisionledger.kernel.common.DomainException;
import org.decisionledger.kernel.common.InvalidCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

/**
 * The one place where failures become HTTP answers. Store exceptions carry SQL and payloads, so
 * they are logged at ERROR with the request id and answered with a generic message only.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** How soon a client may try again when the store could not be reached. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ProblemResponses problems;

    ProblemAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalid(InvalidCommand exception) {
        return problems.validation(exception.getMessage(),
                List.of(Map.of("field", exception.field(), "message", exception.getMessage())));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException exception) {
        HttpStatus status = switch (exception.kind()) {
            case REFUSED -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return problems.problem(status, exception.code(), exception.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail remoteRefusal(CommandExecutionException exception, HttpServletResponse response) {
        if (exception.getCause() instanceof DomainException domain) {
            return refused(domain);
        }
        return unexpected(exception, response);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        exception.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        return problems.validation("The request has invalid fields.", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage())))));
        return problems.validation("The request has invalid parameters.", errors);
    }

    /** A header value the firewall refuses (control or non-Latin-1 characters), found when it is read. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ProblemDetail rejectedHeader(Exception exception) {
        return problems.validation("The request's headers cannot be read.",
                List.of(Map.of("field", "header", "message", "characters a header may not carry")));
    }

    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameters(Exception exception) {
        return problems.validation("Query parameters must be valid UTF-8.",
                List.of(Map.of("field", "query", "message", "not valid UTF-8")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidArguments(ConstraintViolationException exception) {
        List<Map<String, String>> errors = exception.getConstraintViolations().stream()
                .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .toList();
        return problems.validation("The request has invalid parameters.", errors);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.PayloadTooLarge tooLarge) {
                return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage());
            }
        }
        return problems.validation("The request body is not valid JSON for this endpoint: "
                + BodyErrors.describe(exception), BodyErrors.fields(exception));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        return problems.validation("Parameter " + exception.getName() + " has an invalid value.",
                List.of(Map.of("field", exception.getName(), "message", "invalid value")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
        return problems.validation("Parameter " + exception.getParameterName() + " is required.",
                List.of(Map.of("field", exception.getParameterName(), "message", "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Send " + exception.getSupportedMediaTypes() + ".");
    }

    /** The client accepts none of the types the answer comes in; a command was refused before it ran. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException exception) {
        return problems.problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "This endpoint answers in " + (exception.getSupportedMediaTypes().isEmpty() ? "JSON"
                        : exception.getSupportedMediaTypes().toString()) + "; nothing was recorded.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "This endpoint does not accept " + exception.getMethod() + ".");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException exception) {
        return problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "There is nothing at this address.");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException exception) {
        return problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No record with id " + exception.getAggregateIdentifier() + ".");
    }

    /**
     * The id names a record of another kind (a council's id sent where a decision's is expected):
     * its events do not build this kind of aggregate, so for this endpoint it does not exist.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail anotherKindOfRecord(IncompatibleAggregateException exception) {
        log.warn("A command named a record of another kind ({})", exception.getMessage());
        return problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "There is no record of this kind with that id.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException exception) {
        return problems.problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH",
                "The record has moved on to version " + exception.getActualVersion() + "; reload it and try again.");
    }

    @ExceptionHandler(IfMatchNotMet.class)
    ProblemDetail ifMatchNotMet(IfMatchNotMet exception) {
        return problems.problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", exception.getMessage());
    }

    /** Its message holds the whole INSERT with the payload: only the type is logged. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(Exception exception) {
        log.warn("A concurrent append was refused ({})", exception.getClass().getSimpleName());
        return problems.problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "Another change to the same record was recorded at the same moment; reload it and try again.");
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException exception) {
        List<Map<String, String>> errors = exception.getViolations().stream()
                .map(violation -> Map.of("field", violation.getPropertyPath().toString(),
                        "message", violation.getMessage()))
                .toList();
        return problems.validation("The command has invalid fields.", errors);
    }

    @ExceptionHandler(NoHandlerForCommandException.class)
    ProblemDetail noHandler(NoHandlerForCommandException exception) {
        log.error("No handler for a command the API sent", exception);
        return problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "The service cannot take this command right now; try again shortly.");
    }

    /**
     * Logged at ERROR with the stack trace for operators; store exceptions can carry SQL with
     * payloads, which stay in the server's error log and never reach the client.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, HttpServletResponse response) {
        if (StoreUnavailable.causedBy(exception)) {
            return storeUnavailable(exception, response);
        }
        if (clientWentAway(exception)) {
            // Nothing failed here and nobody is left to answer: one line, not a stack trace per client.
            log.info("The client closed the connection while its answer was written ({})",
                    exception.getClass().getSimpleName());
            return null;
        }
        log.error("Unexpected failure ({}); the client was told only that it failed", exception.getClass().getName(),
                exception);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The service could not complete the request. Nothing was recorded unless the answer said so.");
    }

    static boolean clientWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
                    || cause instanceof org.apache.catalina.connector.ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The store could not be reached: a restart of PostgreSQL, a failover, a pool with no connection
     * to give. The client may try again; a command whose connection was cut while it committed may or
     * may not have been recorded, and sending it again with the same Idempotency-Key records it at
     * most once (an import is recorded at most once by what it imports, ADR 11).
     */
    private ProblemDetail storeUnavailable(Exception exception, HttpServletResponse response) {
        log.warn("The store could not be reached ({}): answered 503", rootCause(exception));
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE",
                "The service cannot reach its store right now; try again shortly. Sending the request again"
                        + " is safe: a command with the same Idempotency-Key, or the same import, is recorded"
                        + " at most once.");
    }

    /** The innermost cause's type and message: which connection failed and why, without SQL or payloads. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 16; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
