package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.command.decision.DecisionStanding;
import org.decisionledger.command.decision.DecisionStandings;
import org.decisionledger.command.common.Refusals;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.delegation.AuthoritySubDelegated;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExerciseRefused;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.ExerciseDelegatedAuthority;
import org.decisionledger.kernel.delegation.SubDelegateAuthority;
import org.decisionledger.kernel.delegation.SubDelegationGranted;
import org.hamcrest.Matcher;

/**
 * The delegations the Delegation tests share, from seed 000: Staffordshire's Cabinet decided on
 * 20 September 2023 (published 21 September, effective from 27 September) that (c) the Director for
 * Children and Families allocates the SEDIS funding, and (e)(ii) that the Director awards the
 * Children and Young People's Framework, with the award of call-off contracts sub-delegated in line
 * with the Council's Procurement Regulations.
 */
final class DelegationTestData {

    private DelegationTestData() {
    }

    // ---------------------------------------------------------------- councils and decisions

    static final AuthorityId STAFFORDSHIRE = new AuthorityId("staffordshire");
    static final AuthorityId KENT = new AuthorityId("kent");

    static final DecisionId SEND_DECISION = new DecisionId("staffordshire-send-app-2023");
    static final LocalDate DECIDED_ON = LocalDate.of(2023, 9, 20);
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 9, 27);
    /** Taken, published and called in: not in effect until scrutiny decides. */
    static final DecisionId CALLED_IN_DECISION = new DecisionId("staffordshire-called-in");
    /** Called in, referred back and revoked on reconsideration. */
    static final DecisionId REVOKED_DECISION = new DecisionId("staffordshire-revoked");
    /** On the forward plan, not yet taken. */
    static final DecisionId PROPOSED_DECISION = new DecisionId("staffordshire-proposed");
    static final DecisionId KENT_DECISION = new DecisionId("kent-21-00019");
    /** The officer decision an exercise of the SEDIS delegation produced. */
    static final DecisionId OFFICER_DECISION = new DecisionId("staffordshire-sedis-allocation-2023-24");
    static final DecisionId UNKNOWN_DECISION = new DecisionId("no-such-decision");

    static final DecisionStandings DECISIONS = decisionId -> {
        DecisionStanding standing = Map.of(
                SEND_DECISION, new DecisionStanding(SEND_DECISION, STAFFORDSHIRE, DECIDED_ON, EFFECTIVE_FROM, false),
                CALLED_IN_DECISION, new DecisionStanding(CALLED_IN_DECISION, STAFFORDSHIRE, DECIDED_ON, null, false),
                REVOKED_DECISION, new DecisionStanding(REVOKED_DECISION, STAFFORDSHIRE, DECIDED_ON, null, true),
                PROPOSED_DECISION, new DecisionStanding(PROPOSED_DECISION, STAFFORDSHIRE, null, null, false),
                KENT_DECISION, new DecisionStanding(KENT_DECISION, KENT, LocalDate.of(2021, 3, 5),
                        LocalDate.of(2021, 3, 15), false),
                OFFICER_DECISION, new DecisionStanding(OFFICER_DECISION, STAFFORDSHIRE, LocalDate.of(2023, 10, 2),
                        LocalDate.of(2023, 10, 2), false)).get(decisionId);
        if (standing == null) {
            throw new UnknownResource("UNKNOWN_DECISION", "Decision " + decisionId + " is not in the ledger");
        }
        return standing;
    };

    /** Knows Staffordshire and Kent, as the Authority aggregates' histories would. */
    static final AuthorityDirectory AUTHORITIES = new AuthorityDirectory(null) {
        @Override
        public void requireKnown(AuthorityId authorityId) {
            if (!authorityId.equals(STAFFORDSHIRE) && !authorityId.equals(KENT)) {
                throw new UnknownResource(AuthorityDirectory.UNKNOWN_AUTHORITY, "Authority " + authorityId
                        + " is not known");
            }
        }
    };

    /**
     * The revocations a command asked to carry down, when the test does not load real sub-delegations,
     * and the latest exercise beneath, as the test sets it.
     */
    static final class RecordedDescendants implements DelegationDescendants {

        record Ending(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn, String reason) {
        }

        final List<Ending> endings = new ArrayList<>();
        Optional<RecordedExercise> latestExerciseBeneath = Optional.empty();

        @Override
        public Optional<RecordedExercise> latestExerciseUnder(List<DelegationId> subDelegations) {
            return subDelegations.isEmpty() ? Optional.empty() : latestExerciseBeneath;
        }

        @Override
        public void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn,
                String reason) {
            endings.add(new Ending(subDelegations, revoked, revokedOn, reason));
        }
    }

    /**
     * A fixture with the decisions, the councils and a recording of revocations carried down.
     * Refusal reasons are prose, so they take no part in event equality; tests check the codes.
     */
    static AggregateTestFixture<Delegation> fixture(RecordedDescendants descendants) {
        AggregateTestFixture<Delegation> fixture = new AggregateTestFixture<>(Delegation.class);
        fixture.registerInjectableResource(DECISIONS);
        fixture.registerInjectableResource(descendants);
        fixture.registerAnnotatedCommandHandler(
                new DelegationCreationHandler(fixture.getRepository(), AUTHORITIES, DECISIONS));
        fixture.registerIgnoredField(DelegatedAuthorityExerciseRefused.class, "reason");
        return fixture;
    }

    // ---------------------------------------------------------------- seed 000's delegations

    static final String DIRECTOR = "Director for Children and Families";

    static final DelegationId SEDIS_FUNDING = new DelegationId("sedis-funding");
    static final String SEDIS_SCOPE =
            "Allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)";

    static DelegateAuthority delegateSedisFunding() {
        return delegate(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON, null);
    }

    static DelegateAuthority delegate(DelegationId id, DecisionId source, LocalDate from, LocalDate until) {
        return new DelegateAuthority(id, STAFFORDSHIRE, source, "(c)", DIRECTOR, SEDIS_SCOPE,
                List.of("sedis-funding"), null, from, until);
    }

    static DelegationGranted sedisFundingGranted() {
        return granted(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON, null);
    }

    static DelegationGranted granted(DelegationId id, DecisionId source, LocalDate from, LocalDate until) {
        return new DelegationGranted(id, STAFFORDSHIRE, source, "(c)", DIRECTOR, SEDIS_SCOPE,
                List.of("sedis-funding"), null, from, until);
    }

    static final DelegationId FRAMEWORK_AWARD = new DelegationId("framework-award");
    static final String FRAMEWORK_SCOPE = "Award of the Staffordshire Children and Young People's Framework, "
            + "and of call-off contracts under it";
    static final String PROCUREMENT_CONDITIONS = "After an open tender process in line with the Council's "
            + "Procurement Regulations and the Public Contract Regulations";
    static final List<String> FRAMEWORK_TAGS = List.of("framework-award", "call-off-contracts");
    /** The Framework delegation runs for the Framework's four years. */
    static final LocalDate FRAMEWORK_ENDS = LocalDate.of(2027, 9, 26);

    static DelegationGranted frameworkAwardGranted() {
        return new DelegationGranted(FRAMEWORK_AWARD, STAFFORDSHIRE, SEND_DECISION, "(e)(ii)", DIRECTOR,
                FRAMEWORK_SCOPE, FRAMEWORK_TAGS, PROCUREMENT_CONDITIONS, DECIDED_ON, FRAMEWORK_ENDS);
    }

    static final DelegationId CALL_OFFS = new DelegationId("call-off-contracts");
    static final String CALL_OFF_DELEGATE = "Officers authorised under the Council's Procurement Regulations";
    static final String CALL_OFF_SCOPE = "Award of call-off contracts under the Framework";
    static final LocalDate CALL_OFFS_FROM = LocalDate.of(2024, 1, 8);

    static SubDelegateAuthority subDelegateCallOffs(LocalDate from, LocalDate until) {
        return new SubDelegateAuthority(FRAMEWORK_AWARD, CALL_OFFS, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                List.of("call-off-contracts"), "In line with the Council's Procurement Regulations", from, until);
    }

    static AuthoritySubDelegated callOffsSubDelegated(LocalDate from, LocalDate until) {
        return new AuthoritySubDelegated(FRAMEWORK_AWARD, CALL_OFFS, CALL_OFF_DELEGATE, from, until);
    }

    static SubDelegationGranted callOffsGranted(LocalDate from, LocalDate until) {
        return new SubDelegationGranted(CALL_OFFS, FRAMEWORK_AWARD, STAFFORDSHIRE, SEND_DECISION, CALL_OFF_DELEGATE,
                CALL_OFF_SCOPE, List.of("call-off-contracts"), "In line with the Council's Procurement Regulations",
                from, until);
    }

    // ---------------------------------------------------------------- exercises

    static final String ALLOCATION = "Allocated £1.2m across the 8 SEDIS teams for 2023-24";

    static ExerciseDelegatedAuthority exercise(LocalDate on) {
        return new ExerciseDelegatedAuthority(SEDIS_FUNDING, on, DIRECTOR, ALLOCATION, null, null);
    }

    static DelegatedAuthorityExercised exercised(LocalDate on) {
        return new DelegatedAuthorityExercised(SEDIS_FUNDING, on, DIRECTOR, ALLOCATION, null, null);
    }

    static DelegatedAuthorityExerciseRefused exerciseRefused(LocalDate on, String code) {
        return new DelegatedAuthorityExerciseRefused(SEDIS_FUNDING, on, DIRECTOR, ALLOCATION, null, null, code, null);
    }

    // ---------------------------------------------------------------- what a refusal looks like

    static Matcher<RuleRefused> refused(String code) {
        return Refusals.refused(code);
    }

    static Matcher<UnknownResource> notFound(String code) {
        return Refusals.notFound(code);
    }

    static Matcher<InvalidCommand> invalid(String field) {
        return Refusals.invalid(field);
    }

    static Matcher<CommandRefusedAndRecorded> refusalRecorded(DelegationId delegationId, long version, String code) {
        return Refusals.refusalRecorded(delegationId.value(), version, code);
    }
}
