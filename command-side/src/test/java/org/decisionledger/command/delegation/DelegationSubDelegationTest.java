package org.decisionledger.command.delegation;

import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS_FROM;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFF_DELEGATE;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFF_SCOPE;
import static org.decisionledger.command.delegation.DelegationTestData.DECIDED_ON;
import static org.decisionledger.command.delegation.DelegationTestData.DIRECTOR;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_AWARD;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_ENDS;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_SCOPE;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_TAGS;
import static org.decisionledger.command.delegation.DelegationTestData.PROCUREMENT_CONDITIONS;
import static org.decisionledger.command.delegation.DelegationTestData.REVOKED_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.SEND_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.STAFFORDSHIRE;
import static org.decisionledger.command.delegation.DelegationTestData.callOffsGranted;
import static org.decisionledger.command.delegation.DelegationTestData.callOffsSubDelegated;
import static org.decisionledger.command.delegation.DelegationTestData.frameworkAwardGranted;
import static org.decisionledger.command.delegation.DelegationTestData.invalid;
import static org.decisionledger.command.delegation.DelegationTestData.refused;
import static org.decisionledger.command.delegation.DelegationTestData.subDelegateCallOffs;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_NOT_IN_FORCE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.OUTSIDE_DELEGATED_SCOPE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.SOURCE_DECISION_VOID;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.delegation.AuthoritySubDelegated;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.SubDelegateAuthority;
import org.decisionledger.kernel.delegation.SubDelegationGranted;
import org.junit.jupiter.api.Test;

/**
 * Passing part of a delegation on: the award of call-off contracts under the Framework, sub-delegated
 * in line with the Council's Procurement Regulations (seed 000, (e)(ii)). The Framework delegation
 * runs from 20 September 2023 to 26 September 2027.
 */
class DelegationSubDelegationTest {

    private static final LocalDate UNTIL = LocalDate.of(2025, 3, 31);
    private static final LocalDate PARENT_REVOKED_ON = LocalDate.of(2025, 1, 1);

    private final AggregateTestFixture<Delegation> fixture =
            DelegationTestData.fixture(new DelegationTestData.RecordedDescendants());

    @Test
    void aSubDelegationWithinTheParentsPeriodIsGranted() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(CALL_OFFS_FROM, UNTIL))
                .expectEvents(callOffsSubDelegated(CALL_OFFS_FROM, UNTIL), callOffsGranted(CALL_OFFS_FROM, UNTIL))
                .expectResultMessagePayload(CommandAccepted.of(CALL_OFFS.value(), 0));
    }

    @Test
    void aSubDelegationOverTheParentsWholePeriodIsGranted() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(DECIDED_ON, FRAMEWORK_ENDS))
                .expectEvents(callOffsSubDelegated(DECIDED_ON, FRAMEWORK_ENDS),
                        callOffsGranted(DECIDED_ON, FRAMEWORK_ENDS));
    }

    @Test
    void nothingIsSubDelegatedOnceTheChainsDecisionWasRevoked() {
        fixture.given(new DelegationGranted(FRAMEWORK_AWARD, STAFFORDSHIRE, REVOKED_DECISION, "(e)(ii)", DIRECTOR,
                        FRAMEWORK_SCOPE, FRAMEWORK_TAGS, PROCUREMENT_CONDITIONS, DECIDED_ON, FRAMEWORK_ENDS))
                .when(subDelegateCallOffs(CALL_OFFS_FROM, null))
                .expectNoEvents()
                .expectException(refused(SOURCE_DECISION_VOID));
    }

    @Test
    void aSubDelegationWithNoEndDateEndsWithItsParent() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(CALL_OFFS_FROM, null))
                .expectEvents(callOffsSubDelegated(CALL_OFFS_FROM, FRAMEWORK_ENDS),
                        callOffsGranted(CALL_OFFS_FROM, FRAMEWORK_ENDS));
    }

    @Test
    void aSubDelegationWithNoScopeTagsKeepsItsParents() {
        fixture.given(frameworkAwardGranted())
                .when(new SubDelegateAuthority(FRAMEWORK_AWARD, CALL_OFFS, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                        List.of(), null, CALL_OFFS_FROM, UNTIL))
                .expectEvents(callOffsSubDelegated(CALL_OFFS_FROM, UNTIL),
                        new SubDelegationGranted(CALL_OFFS, FRAMEWORK_AWARD, STAFFORDSHIRE, SEND_DECISION,
                                CALL_OFF_DELEGATE, CALL_OFF_SCOPE, FRAMEWORK_TAGS, null, CALL_OFFS_FROM, UNTIL));
    }

    @Test
    void aSubDelegationThatPredatesItsParentIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(DECIDED_ON.minusDays(1), UNTIL))
                .expectNoEvents()
                .expectException(invalid("validFrom"));
    }

    @Test
    void aSubDelegationThatOutlivesItsParentIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(CALL_OFFS_FROM, FRAMEWORK_ENDS.plusDays(1)))
                .expectNoEvents()
                .expectException(invalid("validUntil"));
    }

    @Test
    void aSubDelegationThatEndsBeforeItStartsIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(CALL_OFFS_FROM, CALL_OFFS_FROM.minusDays(1)))
                .expectNoEvents()
                .expectException(invalid("validUntil"));
    }

    @Test
    void aSubDelegationAfterTheParentExpiredIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(subDelegateCallOffs(FRAMEWORK_ENDS.plusDays(1), null))
                .expectNoEvents()
                .expectException(refused(DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void aSubDelegationFromTheDayTheParentWasRevokedIsRefused() {
        fixture.given(frameworkAwardGranted(), new DelegationRevoked(FRAMEWORK_AWARD, PARENT_REVOKED_ON, "Re-procured"))
                .when(subDelegateCallOffs(PARENT_REVOKED_ON, null))
                .expectNoEvents()
                .expectException(refused(DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void aSubDelegationOfARevokedParentEndsTheDayBeforeTheRevocation() {
        LocalDate lastDay = PARENT_REVOKED_ON.minusDays(1);
        fixture.given(frameworkAwardGranted(), new DelegationRevoked(FRAMEWORK_AWARD, PARENT_REVOKED_ON, "Re-procured"))
                .when(subDelegateCallOffs(CALL_OFFS_FROM, null))
                .expectEvents(callOffsSubDelegated(CALL_OFFS_FROM, lastDay), callOffsGranted(CALL_OFFS_FROM, lastDay));
    }

    @Test
    void aSubDelegationOutlivingAParentEndedByRevocationIsRefused() {
        fixture.given(frameworkAwardGranted(), new DelegationEndedByRevocation(FRAMEWORK_AWARD, PARENT_REVOKED_ON,
                        new DelegationId("above-the-framework"), "Re-procured"))
                .when(subDelegateCallOffs(CALL_OFFS_FROM, UNTIL))
                .expectNoEvents()
                .expectException(invalid("validUntil"));
    }

    @Test
    void aSubDelegationOfAMatterTheParentDoesNotCoverIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(new SubDelegateAuthority(FRAMEWORK_AWARD, CALL_OFFS, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                        List.of("call-off-contracts", "sedis-funding"), null, CALL_OFFS_FROM, UNTIL))
                .expectNoEvents()
                .expectException(refused(OUTSIDE_DELEGATED_SCOPE));
    }

    @Test
    void aSubDelegationOfASubDelegationCarriesTheSourceDecisionDown() {
        DelegationId buyer = new DelegationId("call-off-buyer");
        fixture.given(callOffsGranted(CALL_OFFS_FROM, UNTIL))
                .when(new SubDelegateAuthority(CALL_OFFS, buyer, "Commissioning Manager, SEND", "Call-offs under £50,000",
                        List.of(), null, CALL_OFFS_FROM, null))
                .expectEvents(new AuthoritySubDelegated(CALL_OFFS, buyer, "Commissioning Manager, SEND", CALL_OFFS_FROM,
                                UNTIL),
                        new SubDelegationGranted(buyer, CALL_OFFS, STAFFORDSHIRE, SEND_DECISION,
                                "Commissioning Manager, SEND", "Call-offs under £50,000", List.of("call-off-contracts"),
                                null, CALL_OFFS_FROM, UNTIL));
    }
}
