package org.decisionledger.query.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ActionStatusCorrected;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.actionplan.Rag;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.query.actionplan.ActionHistoryEntry.Kind;
import org.decisionledger.query.common.Documents;
import org.junit.jupiter.api.Test;

class ActionPlanTrackerFoldingTest {

    private static final ActionPlanId PLAN = new ActionPlanId("staffordshire-wsoa");
    private static final LocalDate ON = LocalDate.of(2022, 1, 10);
    private static final Instant AT = Instant.parse("2022-01-10T10:00:00Z");
    private static final ActionRef A = new ActionRef("1.1.a");
    private static final ActionRef E = new ActionRef("1.1.e");
    private static final ActionRef J = new ActionRef("1.2.a");

    private final List<ActionPlanEvent> events = new ArrayList<>(List.of(
            new ActionPlanCreated(PLAN, new AuthorityId("staffordshire"), "Written Statement of Action",
                    ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, null, null, null, null, ON),
            new PriorityAdded(PLAN, new PriorityRef("1"), null, "Leaders", "A clear governance structure", ON),
            new PriorityAdded(PLAN, new PriorityRef("1.1"), new PriorityRef("1"), "Roles", null, ON),
            new PriorityAdded(PLAN, new PriorityRef("1.2"), new PriorityRef("1"), "Vision", null, ON),
            new ActionAdded(PLAN, A, new PriorityRef("1.1"), "Descriptors", List.of("Tim Moss", "Lynn Tolley"),
                    "ToR and minutes", null, ON),
            new ActionAdded(PLAN, E, new PriorityRef("1.1"), "Good practice", List.of("Tim Moss"), null,
                    LocalDate.of(2020, 3, 31), ON),
            new ActionAdded(PLAN, J, new PriorityRef("1.2"), "JSNA", List.of("Wendy Tompson"), null,
                    LocalDate.of(2021, 12, 31), ON)));

    private ActionPlanTracker fold() {
        ActionPlanTracker tracker = null;
        for (int i = 0; i < events.size(); i++) {
            tracker = ActionPlanTrackerFolding.apply(tracker, events.get(i), i, AT.plusSeconds(i));
        }
        return tracker;
    }

    private static ActionStatusRecorded status(ActionRef ref, int number, String reviewPoint, String words,
            ActionStatus status) {
        return new ActionStatusRecorded(PLAN, ref, number, reviewPoint, words, status, null, false, null, List.of(),
                ON);
    }

    private static TrackerAction action(ActionPlanTracker tracker, ActionRef ref) {
        return tracker.actions().stream().filter(action -> action.ref().equals(ref.value())).findFirst().orElseThrow();
    }

    @Test
    void aPlanWithoutStatusesShowsItsShape() {
        ActionPlanTracker tracker = fold();

        assertThat(tracker.priorities()).extracting(ActionPlanTracker.Priority::ref).containsExactly("1", "1.1", "1.2");
        assertThat(tracker.priorities().get(1).parentRef()).isEqualTo("1");
        assertThat(tracker.actions()).extracting(TrackerAction::ref).containsExactly("1.1.a", "1.1.e", "1.2.a");
        assertThat(action(tracker, A).leads()).containsExactly("Tim Moss", "Lynn Tolley");
        assertThat(tracker.actionsWithoutStatus()).isEqualTo(3);
        assertThat(tracker.statusCounts()).containsEntry(ActionStatus.COMPLETE, 0).hasSize(ActionStatus.values().length);
        assertThat(tracker.version()).isEqualTo(6);
    }

    @Test
    void theLatestStatusIsTheOneAtTheLatestReviewPointWhateverOrderTheyWereEnteredIn() {
        events.add(status(E, 1, "2021-12", "Complete", ActionStatus.COMPLETE));
        events.add(status(E, 2, "2019-12", "In progress", ActionStatus.IN_PROGRESS));
        events.add(status(E, 3, "2020-01", "Complete", ActionStatus.COMPLETE));

        TrackerAction e = action(fold(), E);

        assertThat(e.latestStatus().reviewPoint()).isEqualTo("2021-12");
        assertThat(e.statusByReviewPoint().keySet()).containsExactly("2019-12", "2020-01", "2021-12");
        assertThat(e.statusByReviewPoint().get("2019-12").rawStatus()).isEqualTo("In progress");
    }

    @Test
    void countsAreOfLatestStatusesAndOfEachReviewPoint() {
        events.add(status(A, 1, "2019-12", "Complete", ActionStatus.COMPLETE));
        events.add(status(E, 1, "2019-12", "In progress", ActionStatus.IN_PROGRESS));
        events.add(status(E, 2, "2020-01", "Complete", ActionStatus.COMPLETE));

        ActionPlanTracker tracker = fold();

        assertThat(tracker.reviewPoints()).containsExactly("2019-12", "2020-01");
        assertThat(tracker.statusCounts()).containsEntry(ActionStatus.COMPLETE, 2)
                .containsEntry(ActionStatus.IN_PROGRESS, 0);
        assertThat(tracker.actionsWithoutStatus()).isEqualTo(1);
        assertThat(tracker.countsByReviewPoint().get(0).counts()).containsEntry(ActionStatus.COMPLETE, 1)
                .containsEntry(ActionStatus.IN_PROGRESS, 1);
        assertThat(tracker.countsByReviewPoint().get(1).counts()).containsEntry(ActionStatus.COMPLETE, 1)
                .containsEntry(ActionStatus.IN_PROGRESS, 0);
    }

    @Test
    void reviewPointsAreListedOnceEachInTimeOrder() {
        Set<String> seen = new LinkedHashSet<>(List.of("2021-04", "2019-12", "2021-04-20", "2020-01", "2019-12-01"));

        assertThat(ActionPlanTrackerFolding.inTimeOrder(seen))
                .containsExactly("2019-12-01", "2019-12", "2020-01", "2021-04", "2021-04-20");
    }

    @Test
    void aCorrectionReplacesTheStatusItCorrectsAndSaysSo() {
        events.add(status(E, 1, "2019-12", "Complete", ActionStatus.COMPLETE));
        events.add(new ActionStatusCorrected(PLAN, E, 2, 1, "2019-12", "Complete", "2020-01", "Complete",
                ActionStatus.COMPLETE, Rag.GREEN, true, null, List.of(), "Reported in January", ON));

        TrackerAction e = action(fold(), E);

        assertThat(e.statusByReviewPoint().keySet()).containsExactly("2020-01");
        assertThat(e.latestStatus().corrects()).isEqualTo(1);
        assertThat(e.latestStatus().correctionReason()).isEqualTo("Reported in January");
        assertThat(e.latestStatus().rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void updatesEvidenceScheduleAndMissedReviewPointsAreShown() {
        events.add(new SubGroupUpdateRecorded(PLAN, A, "2021-02", "ToRs reviewed", null, ON));
        events.add(new EvidenceCited(PLAN, A, "SEND Governance structure", null, ON));
        events.add(new ReviewsScheduled(PLAN, "2022-06", 6, "schedule-1", null, ON));
        events.add(new ReviewPointPassed(PLAN, "2022-06", LocalDate.of(2022, 7, 1), List.of(J), "2022-12",
                "schedule-2"));

        ActionPlanTracker tracker = fold();

        assertThat(action(tracker, A).subGroupUpdates()).extracting(TrackerAction.SubGroupUpdate::date)
                .containsExactly("2021-02");
        assertThat(action(tracker, A).evidence()).extracting(TrackerAction.Evidence::name)
                .containsExactly("SEND Governance structure");
        assertThat(tracker.reviewSchedule().nextReviewPoint()).isEqualTo("2022-12");
        assertThat(tracker.missedReviewPoints()).singleElement()
                .satisfies(missed -> assertThat(missed.actionsNotUpdated()).containsExactly("1.2.a"));
    }

    @Test
    void overdueActionsArePastTheirDueDateAndNotComplete() {
        events.add(status(E, 1, "2020-01", "Complete", ActionStatus.COMPLETE));
        ActionPlanTracker tracker = fold();

        assertThat(tracker.overdueOn(LocalDate.of(2021, 12, 31))).isEmpty();
        assertThat(tracker.overdueOn(LocalDate.of(2022, 1, 1))).singleElement()
                .satisfies(overdue -> assertThat(overdue.ref()).isEqualTo("1.2.a"));
    }

    @Test
    void overdueOnADayReadsTheStatusKnownThatDayNotALaterOne() {
        // 1.1.e is due by 31 March 2020: in progress at the January 2020 review point, complete only in June 2021.
        events.add(status(E, 1, "2020-01", "In progress", ActionStatus.IN_PROGRESS));
        events.add(status(E, 2, "2021-06", "Complete", ActionStatus.COMPLETE));
        ActionPlanTracker tracker = fold();

        assertThat(tracker.overdueOn(LocalDate.of(2021, 1, 1))).singleElement().satisfies(overdue -> {
            assertThat(overdue.ref()).isEqualTo("1.1.e");
            assertThat(overdue.latestStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        });
        assertThat(tracker.overdueOn(LocalDate.of(2021, 6, 1))).isEmpty();
    }

    @Test
    void anActionCompleteAtOneReviewPointAndNotAtTheNextIsOverdueAgain() {
        events.add(status(E, 1, "2019-12", "Complete", ActionStatus.COMPLETE));
        events.add(status(E, 2, "2020-06", "Delayed", ActionStatus.DELAYED));
        ActionPlanTracker tracker = fold();

        assertThat(tracker.overdueOn(LocalDate.of(2020, 4, 2))).isEmpty();
        assertThat(tracker.overdueOn(LocalDate.of(2020, 6, 2))).extracting(ActionPlanTracker.OverdueAction::ref)
                .containsExactly("1.1.e");
    }

    @Test
    void theStoredDocumentReadsBackAsTheSameTrackerInTimeOrder() {
        events.add(status(E, 1, "2021-12", "Complete", ActionStatus.COMPLETE));
        events.add(status(E, 2, "2019-12-18", "In progress", ActionStatus.IN_PROGRESS));
        events.add(status(E, 3, "2019-12", "In progress", ActionStatus.IN_PROGRESS));
        ActionPlanTracker tracker = fold();

        ActionPlanTracker read = Documents.read(Documents.write(tracker), ActionPlanTracker.class);

        assertThat(read).isEqualTo(tracker);
        assertThat(action(read, E).statusByReviewPoint().keySet()).containsExactly("2019-12", "2019-12-18", "2021-12");
    }

    @Test
    void theFirstEventMustCreateThePlan() {
        assertThatThrownBy(() -> ActionPlanTrackerFolding.apply(null, events.get(1), 1, AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void historyEntriesGoToTheActionsTheyConcern() {
        assertThat(ActionHistoryEntries.of(events.get(0), 0, AT, "officer")).isEmpty();
        assertThat(ActionHistoryEntries.of(events.get(4), 4, AT, "officer")).containsOnlyKeys("1.1.a")
                .extractingByKey("1.1.a").satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(Kind.ACTION_ADDED);
                    assertThat(entry.actor()).isEqualTo("officer");
                    assertThat(entry.summary()).contains("1.1.a", "Tim Moss, Lynn Tolley");
                });
        Map<String, ActionHistoryEntry> missed = ActionHistoryEntries.of(new ReviewPointPassed(PLAN, "2022-06",
                LocalDate.of(2022, 7, 1), List.of(A, J), "2022-12", "s"), 9, AT, "system");
        assertThat(missed).containsOnlyKeys("1.1.a", "1.2.a");
        assertThat(missed.get("1.2.a").reviewPoint()).isEqualTo("2022-06");
    }
}
