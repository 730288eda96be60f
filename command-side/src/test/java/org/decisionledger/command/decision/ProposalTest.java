package org.decisionledger.command.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.command.authority.AuthorityTestAccess;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRegistered;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A proposal puts a decision on the books of a council the ledger knows, and only such a council. */
class ProposalTest {

    private static final AuthorityId KENT = new AuthorityId("kent");
    private static final DecisionId DECISION = new DecisionId("21-00019");
    private static final LocalDate ENTERED = LocalDate.of(2021, 1, 20);

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        EmbeddedEventStore councils = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        councils.publish(new GenericDomainEventMessage<>("Authority", KENT.value(), 0L,
                new AuthorityRegistered(KENT, "Kent County Council",
                        new AuthorityRules(5, null, 1, 28, 5, "£1m", null, List.of()), null, ENTERED)));
        AuthorityDirectory directory = AuthorityTestAccess.directoryOver(councils);
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerAnnotatedCommandHandler(new DecisionCreationHandler(fixture.getRepository(), directory));
    }

    private static ProposeDecision propose(AuthorityId council) {
        return propose(council, ENTERED, ENTERED);
    }

    private static ProposeDecision propose(AuthorityId council, LocalDate proposedOn, LocalDate recordedOn) {
        return new ProposeDecision(DECISION, council, "21/00019", "SEND Strategy 2021-2024",
                "Cabinet Member for Education and Skills", true, List.of("Expenditure of more than £1m"),
                List.of("All divisions"), "Shellina Prendergast", "Matt Dunkley", "Children, Young People and Education",
                "christine.mcinnes@kent.gov.uk", "To agree the SEND Strategy 2021-2024", LocalDate.of(2021, 3, 5),
                proposedOn, recordedOn);
    }

    private static DecisionProposed proposedOn(ProposeDecision command, LocalDate day) {
        return new DecisionProposed(DECISION, KENT, command.reference(), command.title(), command.decisionMaker(),
                true, command.keyDecisionReasons(), command.wardsAffected(), command.leadMember(),
                command.leadOfficer(), command.department(), command.contact(), command.proposedDecision(),
                command.decisionDue(), day);
    }

    @Test
    void aProposalThatGivesNoDateIsDatedTheDayItIsRecorded() {
        ProposeDecision command = propose(KENT, null, ENTERED);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(proposedOn(command, ENTERED));
    }

    @Test
    void aProposalEnteredAfterTheFactKeepsItsOwnDate() {
        LocalDate back = LocalDate.of(2020, 11, 2);
        ProposeDecision command = propose(KENT, back, ENTERED);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(proposedOn(command, back));
    }

    @Test
    void aProposalDatedAfterTheDayItIsRecordedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(propose(KENT, ENTERED.plusDays(1), ENTERED))
                .expectException(DecisionTestData.invalid("proposedOn"))
                .expectNoEvents();
    }

    @Test
    void aProposalWithNoDateAtAllIsRefused() {
        fixture.givenNoPriorActivity()
                .when(propose(KENT, null, null))
                .expectException(DecisionTestData.invalid("proposedOn"))
                .expectNoEvents();
    }

    @Test
    void aProposalForAKnownCouncilIsRecordedWithEveryField() {
        ProposeDecision command = propose(KENT);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new DecisionProposed(DECISION, KENT, command.reference(), command.title(),
                        command.decisionMaker(), true, command.keyDecisionReasons(), command.wardsAffected(),
                        command.leadMember(), command.leadOfficer(), command.department(), command.contact(),
                        command.proposedDecision(), command.decisionDue(), ENTERED))
                .expectResultMessagePayloadMatching(Matchers.equalTo(CommandAccepted.of(DECISION.value(), 0)));
    }

    @Test
    void aProposalForAnUnknownCouncilIsRefused() {
        fixture.givenNoPriorActivity()
                .when(propose(new AuthorityId("narnia")))
                .expectException(UnknownResource.class)
                .expectNoEvents();
    }
}
