package org.decisionledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** A client that hangs up mid-answer is not a failure of the service, however deep it is wrapped. */
class ClientWentAwayTest {

    @Test
    void aConnectionResetWhileWritingIsTheClientGoingAway() {
        assertThat(ProblemAdvice.clientWentAway(new UncheckedIOException("The export could not be written",
                new AsyncRequestNotUsableException("ServletOutputStream failed to write",
                        new IOException("Connection reset by peer"))))).isTrue();
        assertThat(ProblemAdvice.clientWentAway(new ClientAbortException(new IOException("Broken pipe")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemAdvice.clientWentAway(new UncheckedIOException(new IOException("disk full")))).isFalse();
        assertThat(ProblemAdvice.clientWentAway(new IllegalStateException("a bug"))).isFalse();
    }
}
