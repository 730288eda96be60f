package org.decisionledger.app.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses query strings carrying NUL (PostgreSQL cannot compare text with it) and bounds request
 * bodies before anything reads them: 413 for a declared length over the limit, and
 * a counting stream for bodies that do not declare one. Imports of published pages get a larger
 * limit than commands.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final long commandLimit;
    private final long importLimit;

    RequestSizeLimit(ProblemResponses problems,
            @Value("${decision-ledger.http.max-body-size:1MB}") DataSize commandLimit,
            @Value("${decision-ledger.http.max-import-body-size:8MB}") DataSize importLimit) {
        this.problems = problems;
        this.commandLimit = commandLimit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.contains("%00")) {
            problems.writeInvalid(request, response, "Query parameters must not contain the NUL character.", "query",
                    "must not contain the NUL character");
            return;
        }
        long limit = request.getRequestURI().startsWith("/api/imports/") ? importLimit : commandLimit;
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "The request body is larger than " + limit + " bytes.");
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** Raised by the counting stream; the error advice answers it with 413. */
    static final class PayloadTooLarge extends IOException {

        PayloadTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream original = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = original.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = original.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws PayloadTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new PayloadTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return original.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        original.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
