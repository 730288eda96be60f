package org.decisionledger.query.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection writes for one batch of events, written with a few statements just before the
 * batch's transaction commits instead of a few statements per event.
 * <p>
 * A processor handles a batch of events in one unit of work and one transaction, which also moves
 * its token. A handler asks for the batch of the current unit of work, reads its views through it
 * (so a view changed by an earlier event of the same batch is seen as changed) and leaves its rows
 * there; {@link #flush()} runs in the unit of work's prepare-commit phase, inside the transaction.
 * If anything fails the transaction rolls back with the token, the batch is dropped with its unit of
 * work, and the processor handles the events again.
 */
public interface ProjectionBatch {

    /** Writes everything collected; called once, inside the batch's transaction. */
    void flush();

    /** Called once the batch's transaction has committed; never after a rollback. */
    default void committed() {
    }

    /**
     * The batch of this kind that belongs to the unit of work now handling events, created on first
     * use. Event handlers always run inside a unit of work; calling this outside one is a bug.
     */
    static <B extends ProjectionBatch> B current(Class<B> kind, Supplier<B> create) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException(kind.getSimpleName() + " is used outside an event processor's unit of work");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return kind.cast(root.getOrComputeResource(kind.getName(), key -> {
            B batch = create.get();
            root.onPrepareCommit(unitOfWork -> batch.flush());
            root.afterCommit(unitOfWork -> batch.committed());
            return batch;
        }));
    }

    /**
     * The payloads of this type among the events of the batch now being handled, in order: what the
     * batch's handlers will be given, so that a projection can read the views they touch at once.
     * A segment's batch holds only the events that segment handles, so no view of another segment
     * is read.
     */
    static <P> List<P> payloadsInBatch(Class<P> type) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("The batch's events are read outside an event processor's unit of work");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<? extends Message<?>> messages = root instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages()
                : root.getMessage() == null ? List.of() : List.of(root.getMessage());
        List<P> payloads = new ArrayList<>();
        for (Message<?> message : messages) {
            if (type.isAssignableFrom(message.getPayloadType())) {
                payloads.add(type.cast(message.getPayload()));
            }
        }
        return payloads;
    }
}
