package org.decisionledger.command.delegation;

import static org.decisionledger.command.delegation.DelegationTestData.CALLED_IN_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.DECIDED_ON;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_AWARD;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_ENDS;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_SCOPE;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_TAGS;
import static org.decisionledger.command.delegation.DelegationTestData.DIRECTOR;
import static org.decisionledger.command.delegation.DelegationTestData.KENT_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.PROCUREMENT_CONDITIONS;
import static org.decisionledger.command.delegation.DelegationTestData.PROPOSED_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.REVOKED_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.SEDIS_FUNDING;
import static org.decisionledger.command.delegation.DelegationTestData.SEND_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.STAFFORDSHIRE;
import static org.decisionledger.command.delegation.DelegationTestData.UNKNOWN_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.delegate;
import static org.decisionledger.command.delegation.DelegationTestData.delegateSedisFunding;
import static org.decisionledger.command.delegation.DelegationTestData.frameworkAwardGranted;
import static org.decisionledger.command.delegation.DelegationTestData.granted;
import static org.decisionledger.command.delegation.DelegationTestData.invalid;
import static org.decisionledger.command.delegation.DelegationTestData.notFound;
import static org.decisionledger.command.delegation.DelegationTestData.refused;
import static org.decisionledger.command.delegation.DelegationTestData.sedisFundingGranted;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.SOURCE_DECISION_NOT_TAKEN;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.SOURCE_DECISION_VOID;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.junit.jupiter.api.Test;

/** Delegating authority by a decision of the council (seed 000, resolutions (c) and (e)(ii)) or by a standing scheme. */
class DelegationGrantTest {

    private final AggregateTestFixture<Delegation> fixture =
            DelegationTestData.fixture(new DelegationTestData.RecordedDescendants());

    @Test
    void theSedisFundingDelegationOfSeed000IsGranted() {
        fixture.givenNoPriorActivity()
                .when(delegateSedisFunding())
                .expectEvents(sedisFundingGranted())
                .expectResultMessagePayload(CommandAccepted.of(SEDIS_FUNDING.value(), 0));
    }

    @Test
    void theFrameworkAwardOfSeed000IsGrantedWithItsConditions() {
        fixture.givenNoPriorActivity()
                .when(new DelegateAuthority(FRAMEWORK_AWARD, STAFFORDSHIRE, SEND_DECISION, "(e)(ii)", DIRECTOR,
                        FRAMEWORK_SCOPE, FRAMEWORK_TAGS, PROCUREMENT_CONDITIONS, DECIDED_ON, FRAMEWORK_ENDS))
                .expectEvents(frameworkAwardGranted());
    }

    @Test
    void aStandingDelegationNeedsNoDecision() {
        LocalDate from = LocalDate.of(2024, 4, 1);
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, null, from, null))
                .expectEvents(granted(SEDIS_FUNDING, null, from, null));
    }

    @Test
    void aDelegationByACalledInDecisionIsGrantedAndWaitsForTheOutcome() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, CALLED_IN_DECISION, DECIDED_ON, null))
                .expectEvents(granted(SEDIS_FUNDING, CALLED_IN_DECISION, DECIDED_ON, null));
    }

    @Test
    void aDelegationThatEndsBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON, DECIDED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(invalid("validUntil"));
    }

    @Test
    void aDelegationOfASingleDayIsGranted() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON, DECIDED_ON))
                .expectEvents(granted(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON, DECIDED_ON));
    }

    @Test
    void aDelegationValidBeforeItsDecisionWasTakenIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, SEND_DECISION, DECIDED_ON.minusDays(1), null))
                .expectNoEvents()
                .expectException(invalid("validFrom"));
    }

    @Test
    void aDelegationByADecisionNotYetTakenIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, PROPOSED_DECISION, DECIDED_ON, null))
                .expectNoEvents()
                .expectException(refused(SOURCE_DECISION_NOT_TAKEN));
    }

    @Test
    void aDelegationByADecisionRevokedOnReconsiderationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, REVOKED_DECISION, DECIDED_ON, null))
                .expectNoEvents()
                .expectException(refused(SOURCE_DECISION_VOID));
    }

    @Test
    void aDelegationByAnotherCouncilsDecisionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, KENT_DECISION, DECIDED_ON, null))
                .expectNoEvents()
                .expectException(invalid("sourceDecisionId"));
    }

    @Test
    void aDelegationByAnUnknownDecisionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(delegate(SEDIS_FUNDING, UNKNOWN_DECISION, DECIDED_ON, null))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_DECISION"));
    }

    @Test
    void aDelegationOfAnUnknownCouncilIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DelegateAuthority(SEDIS_FUNDING, new AuthorityId("atlantis"), null, null, DIRECTOR,
                        "Everything", java.util.List.of(), null, DECIDED_ON, null))
                .expectNoEvents()
                .expectException(notFound(AuthorityDirectory.UNKNOWN_AUTHORITY));
    }
}
