package org.decisionledger.command.common;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the bytes of a command request that carries an Idempotency-Key, so a retry can be compared
 * with the first request byte for byte (a hash of them is stored, never the body itself).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestBodyCapture extends OncePerRequestFilter {

    /** Request size limits are enforced before this filter; this only bounds the cache. */
    static final int CACHE_LIMIT = 16 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(CommandRequest.IDEMPOTENCY_KEY) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ContentCachingRequestWrapper(request, CACHE_LIMIT), response);
    }

    static byte[] body(HttpServletRequest request) {
        ContentCachingRequestWrapper wrapper =
                org.springframework.web.util.WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        return wrapper == null ? new byte[0] : wrapper.getContentAsByteArray();
    }
}
