package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.springframework.stereotype.Component;

/**
 * Which facts of an imported record the ledger already holds, read from the aggregates' own events
 * (from the first, past any snapshot), so an import sends only what is missing and importing a page
 * twice records nothing new.
 */
@Component
class RecordedFacts {

    private final EventStore eventStore;

    RecordedFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** What the ledger holds of one decision. */
    static final class Decision {
        boolean proposed;
        LocalDate noticeFirstPublished;
        boolean taken;
        final Set<LocalDate> deferredOn = new HashSet<>();
        final Set<LocalDate> earlyApprovalRefusedOn = new HashSet<>();
        boolean published;
    }

    /** What the ledger holds of one action plan. */
    static final class Plan {
        boolean created;
        final Set<String> priorities = new HashSet<>();
        final Set<String> actions = new HashSet<>();
        /** The latest words recorded for each action at each review point. */
        final java.util.Map<String, String> statuses = new java.util.HashMap<>();
        final Set<String> updates = new HashSet<>();
        final Set<String> evidence = new HashSet<>();

        static String status(String action, String reviewPoint) {
            return action + "|" + reviewPoint;
        }

        static String update(String action, String date, String body) {
            return action + "|" + date + "|" + body.strip();
        }

        static String evidence(String action, String name) {
            return action + "|" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    Decision decision(String decisionId) {
        Decision facts = new Decision();
        DomainEventStream stream = eventStore.readEvents(decisionId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof DecisionProposed) {
                facts.proposed = true;
            } else if (event instanceof KeyDecisionNoticePublished notice && facts.noticeFirstPublished == null) {
                facts.noticeFirstPublished = notice.firstPublished();
            } else if (event instanceof RecommendationsApproved || event instanceof DecisionRejected
                    || event instanceof DecisionWithdrawn) {
                facts.taken = true;
            } else if (event instanceof DecisionDeferred deferred) {
                facts.deferredOn.add(deferred.decidedOn());
            } else if (event instanceof EarlyKeyDecisionRefused refused) {
                facts.earlyApprovalRefusedOn.add(refused.attemptedOn());
            } else if (event instanceof DecisionPublished) {
                facts.published = true;
            }
        }
        return facts;
    }

    boolean exists(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).hasNext();
    }

    Plan plan(String planId) {
        Plan facts = new Plan();
        DomainEventStream stream = eventStore.readEvents(planId, 0L);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ActionPlanCreated) {
                facts.created = true;
            } else if (event instanceof PriorityAdded priority) {
                facts.priorities.add(priority.ref().value());
            } else if (event instanceof ActionAdded action) {
                facts.actions.add(action.ref().value());
            } else if (event instanceof ActionStatusRecorded status) {
                facts.statuses.put(Plan.status(status.actionRef().value(), status.reviewPoint()), status.rawStatus());
            } else if (event instanceof org.decisionledger.kernel.actionplan.ActionStatusCorrected corrected) {
                facts.statuses.put(Plan.status(corrected.actionRef().value(), corrected.reviewPoint()),
                        corrected.rawStatus());
            } else if (event instanceof SubGroupUpdateRecorded update) {
                facts.updates.add(Plan.update(update.actionRef().value(), update.date(), update.body()));
            } else if (event instanceof EvidenceCited cited) {
                facts.evidence.add(Plan.evidence(cited.actionRef().value(), cited.name()));
            }
        }
        return facts;
    }
}
