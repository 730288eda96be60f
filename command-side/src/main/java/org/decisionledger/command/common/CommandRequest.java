package org.decisionledger.command.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.decisionledger.kernel.common.InvalidCommand;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** What the current HTTP request says about how its command must be executed. */
@Component
public class CommandRequest {

    public static final String IF_MATCH = "If-Match";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern VERSION = Pattern.compile("(W/)?\"?(\\d{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * The version If-Match names; none for {@code *}, which any current version matches (RFC 9110).
     * A weak tag ({@code W/"3"}) is read, so that it is not taken for malformed, and never matches:
     * If-Match compares tags strongly.
     */
    Optional<Long> ifMatch() {
        return current().map(request -> request.getHeader(IF_MATCH)).filter(value -> !value.isBlank())
                .filter(value -> !value.strip().equals("*")).map(value -> {
            Matcher matcher = VERSION.matcher(value.strip());
            if (!matcher.matches()) {
                throw new InvalidCommand(IF_MATCH, "If-Match must be the ETag of a version, such as \"3\"");
            }
            if (matcher.group(1) != null) {
                throw new IfMatchNotMet("If-Match names a weak entity tag, which never matches; send the ETag "
                        + "as given, such as \"" + matcher.group(2) + "\". Nothing was recorded.");
            }
            return Long.parseLong(matcher.group(2));
        });
    }

    Optional<IdempotencyRecords.Key> idempotencyKey() {
        Optional<HttpServletRequest> current = current();
        Optional<String> key = current.map(request -> request.getHeader(IDEMPOTENCY_KEY));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (!KEY.matcher(key.get()).matches()) {
            throw new InvalidCommand(IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 100 letters, digits or . _ : -");
        }
        HttpServletRequest request = current.get();
        java.security.Principal principal = request.getUserPrincipal();
        return Optional.of(new IdempotencyRecords.Key(key.get(), principal == null ? "" : principal.getName(),
                request.getMethod() + " " + request.getRequestURI(), RequestBodyCapture.body(request)));
    }

    void markReplayed() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader(REPLAYED, "true");
        }
    }

    private static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
