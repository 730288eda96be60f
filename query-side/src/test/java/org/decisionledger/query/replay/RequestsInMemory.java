package org.decisionledger.query.replay;

import static org.decisionledger.query.replay.RebuildRequests.EXPIRED;
import static org.decisionledger.query.replay.RebuildRequests.FAILED;
import static org.decisionledger.query.replay.RebuildRequests.PENDING;
import static org.decisionledger.query.replay.RebuildRequests.RESET;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.decisionledger.query.replay.RebuildRequests.Request;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The rebuild requests of a store, kept in memory, for the unit tests of the coordination's rules; the
 * stored table itself is exercised by the integration tests of several nodes.
 */
final class RequestsInMemory extends RebuildRequests {

    private static final Instant REQUESTED_AT = Instant.parse("2026-01-05T09:59:30Z");
    private static final Instant EXPIRES_AT = Instant.parse("2026-01-05T10:00:00Z");

    private final List<Request> stored = new ArrayList<>();
    /** When set, asking what became of a request fails as a store out of reach does. */
    boolean unreachableForLatest;
    /** Runs once a request has been stored, before its node goes on. */
    Runnable onOpen = () -> { };

    RequestsInMemory() {
        super(null);
    }

    /** A request another node took; its id. */
    long askedOf(String projection, String node) {
        return add(projection, node, 10).id();
    }

    private Request add(String projection, String node, long target) {
        Request request = new Request(stored.size() + 1, projection, node, PENDING, target, REQUESTED_AT, EXPIRES_AT,
                null, null, null, false);
        stored.add(request);
        return request;
    }

    @Override
    Optional<Request> open(String projection, String node, long target, Duration bound) {
        if (stored.stream().anyMatch(request -> request.projection().equals(projection) && request.pending())) {
            return Optional.empty();
        }
        Request request = add(projection, node, target);
        onOpen.run();
        return Optional.of(request);
    }

    @Override
    List<Request> pending() {
        return stored.stream().filter(Request::pending).toList();
    }

    @Override
    Optional<Request> latest(String projection) {
        if (unreachableForLatest) {
            throw new DataAccessResourceFailureException("The store cannot be reached");
        }
        return stored.stream().filter(request -> request.projection().equals(projection))
                .reduce((first, second) -> second);
    }

    @Override
    boolean markReset(long id) {
        return close(id, RESET);
    }

    @Override
    boolean expire(long id, String code, String message) {
        return close(id, EXPIRED);
    }

    @Override
    boolean fail(long id, String code, String message) {
        return close(id, FAILED);
    }

    boolean close(long id, String state) {
        for (int n = 0; n < stored.size(); n++) {
            Request request = stored.get(n);
            if (request.id() == id && request.pending()) {
                stored.set(n, new Request(id, request.projection(), request.node(), state, request.target(),
                        request.requestedAt(), request.expiresAt(), request.expiresAt(), null, null, false));
                return true;
            }
        }
        return false;
    }
}
