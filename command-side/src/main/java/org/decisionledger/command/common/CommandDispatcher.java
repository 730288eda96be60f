package org.decisionledger.command.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a command and shapes the HTTP answer the contract promises: {@code {id, version, ...facts}}
 * with {@code ETag: "version"}. Honours {@code If-Match} (the aggregate must still be at that
 * version) and {@code Idempotency-Key} (a retry returns the first answer and records nothing),
 * and retries a command whose append lost a race with another node, unless the caller pinned a
 * version. A refusal the aggregate recorded as an event is raised after its event has committed,
 * so the one error advice answers it.
 *
 * <p>If-Match is a precondition, so it is answered before anything the command handler would say:
 * a command refused (and nothing recorded) while its record had moved on from the version the
 * caller named is answered as the stale version it was sent against, not as the refusal. Axon
 * compares versions only when the aggregate applies an event.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);
    static final int ATTEMPTS = 3;

    private final CommandGateway commandGateway;
    private final CommandRequest request;
    private final IdempotencyRecords idempotency;
    private final ObjectProvider<EventStore> eventStore;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CommandDispatcher(CommandGateway commandGateway, CommandRequest request, IdempotencyRecords idempotency,
            ObjectProvider<EventStore> eventStore) {
        this.commandGateway = commandGateway;
        this.request = request;
        this.idempotency = idempotency;
        this.eventStore = eventStore;
    }

    public CommandAccepted send(Object command) {
        Optional<Long> expectedVersion = request.ifMatch();
        Optional<IdempotencyRecords.Key> key = request.idempotencyKey();
        for (int attempt = 1;; attempt++) {
            try {
                Outcome outcome = key.isPresent()
                        ? idempotency.once(key.get(), () -> dispatch(command, expectedVersion))
                        : dispatch(command, expectedVersion);
                if (outcome.replayed()) {
                    request.markReplayed();
                }
                if (outcome.refusal() != null) {
                    throw new RefusalRecorded(outcome.refusal());
                }
                return outcome.accepted();
            } catch (ConcurrencyException conflict) {
                if (expectedVersion.isPresent() || attempt >= ATTEMPTS) {
                    throw conflict;
                }
                log.info("{} lost a race with a concurrent change; trying again ({} of {})",
                        command.getClass().getSimpleName(), attempt + 1, ATTEMPTS);
            }
        }
    }

    /**
     * Sends a command for a process rather than for the HTTP caller's own request (an import sends
     * many): with the given metadata, without the request's If-Match or Idempotency-Key, retrying a
     * lost race. A refusal the aggregate recorded is raised, after its event committed, as
     * {@link RefusalRecorded}.
     */
    public CommandAccepted sendWithMetadata(Object command, Map<String, String> metadata) {
        for (int attempt = 1;; attempt++) {
            try {
                Outcome outcome = dispatch(command, Optional.empty(), metadata);
                if (outcome.refusal() != null) {
                    throw new RefusalRecorded(outcome.refusal());
                }
                return outcome.accepted();
            } catch (ConcurrencyException conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private Outcome dispatch(Object command, Optional<Long> expectedVersion) {
        return dispatch(command, expectedVersion, Map.of());
    }

    private Outcome dispatch(Object command, Optional<Long> expectedVersion, Map<String, String> extraMetadata) {
        Map<String, String> metadata = new LinkedHashMap<>(extraMetadata);
        expectedVersion.ifPresent(version -> metadata.put(ExpectedVersionTargetResolver.EXPECTED_VERSION,
                version.toString()));
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata));
        Object result;
        try {
            result = commandGateway.sendAndWait(message);
        } catch (DomainException | CommandExecutionException refused) {
            if (expectedVersion.isPresent()) {
                requireStillAt(message, expectedVersion.get());
            }
            throw refused;
        }
        if (result instanceof CommandRefusedAndRecorded refused) {
            return new Outcome(null, refused, false);
        }
        if (result instanceof CommandAccepted accepted) {
            return new Outcome(accepted, null, false);
        }
        throw new IllegalStateException("Command handler for " + command.getClass().getSimpleName()
                + " answered " + (result == null ? "nothing" : result.getClass().getSimpleName()));
    }

    /**
     * The record's version now, read from the store; the refusal stands only if it is still the one
     * the caller named. A command that names no existing record (a creation, an unknown id) keeps its
     * own answer.
     */
    private void requireStillAt(CommandMessage<?> message, long expected) {
        String target;
        try {
            target = targets.resolveTarget(message).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return;
        }
        Optional<Long> current = eventStore.getObject().lastSequenceNumberFor(target);
        if (current.isPresent() && current.get() != expected) {
            throw new ConflictingAggregateVersionException(target, expected, current.get());
        }
    }

    /** What a command came to: accepted, or refused with the refusal recorded; possibly a replay. */
    record Outcome(CommandAccepted accepted, CommandRefusedAndRecorded refusal, boolean replayed) {

        Outcome asReplay() {
            return new Outcome(accepted, refusal, true);
        }
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
