package org.decisionledger.query.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.decisionledger.query.delegation.DelegationView.Exercise;
import org.decisionledger.query.delegation.DelegationView.RefusedExercise;
import org.decisionledger.query.delegation.DelegationView.Revocation;

/**
 * Puts a delegation together with its chain (the source decision, then each delegation from the top
 * down to this one) and what lies beneath it, from whichever source the caller reads: the live
 * register or the history as of an instant.
 */
final class DelegationDetails {

    private DelegationDetails() {
    }

    /** Where delegations and decisions are read from. */
    interface Source {

        Optional<DelegationView> delegation(String delegationId);

        Optional<SourceDecision> decision(String decisionId);

        /** Remembers what it read, so a register page reads each ancestor once. */
        static Source caching(Source source) {
            Map<String, Optional<DelegationView>> delegations = new HashMap<>();
            Map<String, Optional<SourceDecision>> decisions = new HashMap<>();
            return new Source() {
                @Override
                public Optional<DelegationView> delegation(String delegationId) {
                    return delegations.computeIfAbsent(delegationId, source::delegation);
                }

                @Override
                public Optional<SourceDecision> decision(String decisionId) {
                    return decisions.computeIfAbsent(decisionId, source::decision);
                }
            };
        }
    }

    /**
     * One link of a chain. For the DECISION link: {@code title}, {@code status} (the decision's) and
     * {@code effectiveFrom}; for a DELEGATION link: the delegation's terms and its status on the day.
     */
    record ChainLink(String kind, String id, String title, String resolution, String delegate, String scope,
            LocalDate validFrom, LocalDate validUntil, LocalDate effectiveFrom, String status) {
    }

    record Descendant(String id, String parentId, int depth, String delegate, String scope, LocalDate validFrom,
            LocalDate validUntil, LocalDate inForceUntil, String status) {
    }

    /** A delegation in the register: its terms, its status on the day asked about, and its chain. */
    record RegisterEntry(String id, String authorityId, String parentId, String sourceDecisionId, String resolution,
            String delegate, String scope, List<String> scopeTags, String conditions, LocalDate validFrom,
            LocalDate validUntil, LocalDate statusOn, String status, LocalDate inForceFrom, LocalDate inForceUntil,
            Revocation revocation, List<ChainLink> chain, long version) {
    }

    /** A delegation with its chain, what was passed on beneath it, and what was done with it. */
    record DelegationDetail(String id, String authorityId, String parentId, String sourceDecisionId,
            String resolution, String delegate, String scope, List<String> scopeTags, String conditions,
            LocalDate validFrom, LocalDate validUntil, LocalDate statusOn, String status, LocalDate inForceFrom,
            LocalDate inForceUntil, Revocation revocation, List<ChainLink> chain, List<Descendant> descendants,
            List<Exercise> exercises, List<RefusedExercise> refusedExercises, long version, Instant lastRecordedAt) {
    }

    static RegisterEntry entry(DelegationView view, Source source, LocalDate day) {
        SourceDecision decision = decisionOf(view, source);
        return new RegisterEntry(view.id(), view.authorityId(), view.parentId(), view.sourceDecisionId(),
                view.resolution(), view.delegate(), view.scope(), view.scopeTags(), view.conditions(),
                view.validFrom(), view.validUntil(), day, DelegationStatus.on(view, decision, day),
                DelegationStatus.inForceFrom(view, decision), DelegationStatus.inForceUntil(view), view.revocation(),
                chain(view, decision, source, day), view.version());
    }

    static DelegationDetail detail(DelegationView view, Source source, LocalDate day) {
        SourceDecision decision = decisionOf(view, source);
        return new DelegationDetail(view.id(), view.authorityId(), view.parentId(), view.sourceDecisionId(),
                view.resolution(), view.delegate(), view.scope(), view.scopeTags(), view.conditions(),
                view.validFrom(), view.validUntil(), day, DelegationStatus.on(view, decision, day),
                DelegationStatus.inForceFrom(view, decision), DelegationStatus.inForceUntil(view), view.revocation(),
                chain(view, decision, source, day), descendants(view, decision, source, day), view.exercises(),
                view.refusedExercises(), view.version(), view.lastRecordedAt());
    }

    private static SourceDecision decisionOf(DelegationView view, Source source) {
        return view.sourceDecisionId() == null ? null : source.decision(view.sourceDecisionId()).orElse(null);
    }

    /** From the source decision down to {@code view} itself. */
    private static List<ChainLink> chain(DelegationView view, SourceDecision decision, Source source, LocalDate day) {
        List<DelegationView> delegations = new ArrayList<>();
        DelegationView link = view;
        while (link != null && delegations.size() < 100) {
            delegations.add(0, link);
            link = link.parentId() == null ? null : source.delegation(link.parentId()).orElse(null);
        }
        List<ChainLink> chain = new ArrayList<>();
        if (view.sourceDecisionId() != null) {
            chain.add(new ChainLink("DECISION", view.sourceDecisionId(), decision == null ? null : decision.title(),
                    null, null, null, null, null, decision == null ? null : decision.effectiveFrom(),
                    decision == null ? null : decision.status()));
        }
        for (DelegationView delegation : delegations) {
            chain.add(new ChainLink("DELEGATION", delegation.id(), null, delegation.resolution(),
                    delegation.delegate(), delegation.scope(), delegation.validFrom(), delegation.validUntil(),
                    null, DelegationStatus.on(delegation, decision, day)));
        }
        return List.copyOf(chain);
    }

    /** Everything passed on beneath {@code view}, depth first, each after its parent. */
    private static List<Descendant> descendants(DelegationView view, SourceDecision decision, Source source,
            LocalDate day) {
        List<Descendant> found = new ArrayList<>();
        collect(view, 1, decision, source, day, found);
        return List.copyOf(found);
    }

    private static void collect(DelegationView parent, int depth, SourceDecision decision, Source source,
            LocalDate day, List<Descendant> found) {
        for (DelegationView.SubDelegation sub : parent.subDelegations()) {
            Optional<DelegationView> child = source.delegation(sub.id());
            if (child.isEmpty() || found.size() >= 1000) {
                continue;
            }
            DelegationView delegation = child.get();
            found.add(new Descendant(delegation.id(), parent.id(), depth, delegation.delegate(), delegation.scope(),
                    delegation.validFrom(), delegation.validUntil(), DelegationStatus.inForceUntil(delegation),
                    DelegationStatus.on(delegation, decision, day)));
            collect(delegation, depth + 1, decision, source, day, found);
        }
    }
}
