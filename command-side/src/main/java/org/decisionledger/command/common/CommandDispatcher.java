package org.decisionledger.command.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a command and shapes the HTTP answer the contract promises: {@code {id, version, ...facts}}
 * with {@code ETag: "version"}. A refusal the aggregate recorded as an event is raised here, after
 * its event has committed, so the one error advice answers it.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;

    public CommandDispatcher(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public CommandAccepted send(Object command) {
        Object result = commandGateway.sendAndWait(command);
        if (result instanceof CommandRefusedAndRecorded refused) {
            throw new RefusalRecorded(refused);
        }
        if (result instanceof CommandAccepted accepted) {
            return accepted;
        }
        throw new IllegalStateException("Command handler for " + command.getClass().getSimpleName()
                + " answered " + (result == null ? "nothing" : result.getClass().getSimpleName()));
    }

    public ResponseEntity<Map<String, Object>> ok(Object command) {
        return answer(HttpStatus.OK, send(command), null);
    }

    public ResponseEntity<Map<String, Object>> created(Object command, String locationPrefix) {
        CommandAccepted accepted = send(command);
        return answer(HttpStatus.CREATED, accepted, URI.create(locationPrefix + accepted.id()));
    }

    public static ResponseEntity<Map<String, Object>> answer(HttpStatus status, CommandAccepted accepted,
            URI location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", accepted.id());
        body.put("version", accepted.version());
        accepted.facts().forEach(body::putIfAbsent);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag("\"" + accepted.version() + "\"");
        if (location != null) {
            builder.location(location);
        }
        return builder.body(body);
    }
}
