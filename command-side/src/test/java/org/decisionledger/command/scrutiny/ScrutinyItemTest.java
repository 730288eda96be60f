package org.decisionledger.command.scrutiny;

import static org.decisionledger.command.common.Refusals.invalid;
import static org.decisionledger.command.common.Refusals.notFound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.scrutiny.RecordScrutinyItem;
import org.decisionledger.kernel.scrutiny.Requirement;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 003's scrutiny item: recorded once, with its findings and the plan it requires in 70 days. */
class ScrutinyItemTest {

    private static final AuthorityId WORCESTERSHIRE = new AuthorityId("worcestershire");
    private static final ScrutinyItemId ITEM = new ScrutinyItemId("worcestershire-item-325");
    private static final String PANEL = "Children and Families Overview and Scrutiny Panel";
    private static final LocalDate MEETING = LocalDate.of(2018, 5, 16);
    private static final String TITLE = "Special Education Needs/Disabilities Strategy";
    private static final List<String> FINDINGS = List.of("relationships with parent and carers were fragile",
            "the local offer was not fit for purpose");
    private static final Requirement ACTION_PLAN = new Requirement("the Action Plan agreed by all partners needed to "
            + "be signed and submitted to Ofsted/CQC within 70 days", LocalDate.of(2018, 7, 25));

    private AggregateTestFixture<ScrutinyItem> fixture;
    /** The ids the store already holds events for, as the creation handler asks. */
    private final Set<String> stored = new java.util.HashSet<>();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ScrutinyItem.class);
        fixture.registerAnnotatedCommandHandler(new ScrutinyItemCreationHandler(fixture.getRepository(),
                knownCouncils(), stored::contains));
    }

    private static AuthorityDirectory knownCouncils() {
        return new AuthorityDirectory(null) {
            @Override
            public void requireKnown(AuthorityId authorityId) {
                if (!authorityId.equals(WORCESTERSHIRE)) {
                    throw new UnknownResource(AuthorityDirectory.UNKNOWN_AUTHORITY, authorityId + " is not known");
                }
            }
        };
    }

    private static RecordScrutinyItem record(String committee, LocalDate meeting, String title, List<String> findings,
            List<Requirement> requirements) {
        return new RecordScrutinyItem(ITEM, WORCESTERSHIRE, committee, meeting, "325", title, "The Panel was advised",
                findings, requirements);
    }

    private static RecordScrutinyItem seed003() {
        return record(PANEL, MEETING, TITLE, FINDINGS, List.of(ACTION_PLAN));
    }

    @Test
    void aPanelsItemIsRecordedWithItsFindingsAndRequirementsAtVersionZero() {
        fixture.givenNoPriorActivity()
                .when(seed003())
                .expectEvents(new ScrutinyItemRecorded(ITEM, WORCESTERSHIRE, PANEL, MEETING, "325", TITLE,
                        "The Panel was advised", FINDINGS, List.of(ACTION_PLAN)))
                .expectResultMessagePayload(CommandAccepted.of(ITEM.value(), 0));
    }

    @Test
    void anItemWithNoFindingsNumberOrRequirementsIsRecordedToo() {
        fixture.givenNoPriorActivity()
                .when(new RecordScrutinyItem(ITEM, WORCESTERSHIRE, PANEL, MEETING, null, TITLE, null, null, null))
                .expectEvents(new ScrutinyItemRecorded(ITEM, WORCESTERSHIRE, PANEL, MEETING, null, TITLE, null,
                        List.of(), List.of()));
    }

    @Test
    void anItemAlreadyRecordedIsNotRecordedAgain() {
        stored.add(ITEM.value());

        fixture.given(new ScrutinyItemRecorded(ITEM, WORCESTERSHIRE, PANEL, MEETING, "325", TITLE, null, FINDINGS,
                        List.of()))
                .when(seed003())
                .expectNoEvents()
                .expectException(AggregateStreamCreationException.class);
    }

    @Test
    void anItemOfAnUnknownCouncilIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordScrutinyItem(ITEM, new AuthorityId("narnia"), PANEL, MEETING, null, TITLE, null,
                        FINDINGS, List.of()))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_AUTHORITY"));
    }

    @Test
    void anItemNeedsItsPanelTitleAndMeetingDate() {
        fixture.givenNoPriorActivity()
                .when(record(" ", MEETING, TITLE, FINDINGS, List.of()))
                .expectNoEvents()
                .expectException(invalid("committee"));
        fixture.givenNoPriorActivity()
                .when(record(PANEL, MEETING, "", FINDINGS, List.of()))
                .expectNoEvents()
                .expectException(invalid("title"));
        fixture.givenNoPriorActivity()
                .when(record(PANEL, null, TITLE, FINDINGS, List.of()))
                .expectNoEvents()
                .expectException(invalid("meetingDate"));
    }

    @Test
    void aMeetingOutsideTheYearsARecordCanHoldIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(PANEL, LocalDate.of(1899, 12, 31), TITLE, FINDINGS, List.of()))
                .expectNoEvents()
                .expectException(invalid("meetingDate"));
    }

    @Test
    void aBlankFindingIsNamedByItsPlace() {
        List<String> findings = new ArrayList<>(FINDINGS);
        findings.add("  ");
        fixture.givenNoPriorActivity()
                .when(record(PANEL, MEETING, TITLE, findings, List.of()))
                .expectNoEvents()
                .expectException(invalid("findings[2]"));
    }

    @Test
    void aRequirementNeedsItsTextAndADueDateARecordCanHold() {
        fixture.givenNoPriorActivity()
                .when(record(PANEL, MEETING, TITLE, FINDINGS, List.of(ACTION_PLAN, new Requirement(" ", null))))
                .expectNoEvents()
                .expectException(invalid("requirements[1].text"));
        fixture.givenNoPriorActivity()
                .when(record(PANEL, MEETING, TITLE, FINDINGS,
                        List.of(new Requirement("Report back", LocalDate.of(2200, 1, 1)))))
                .expectNoEvents()
                .expectException(invalid("requirements[0].dueBy"));
    }
}
