package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.common.InvalidCommand;
import org.junit.jupiter.api.Test;

class TrackerParserTest {

    private final TrackerPage seed = TrackerParser.parse(Seeds.page(Seeds.STAFFORDSHIRE_WSOA));

    private TrackerPage.Action action(String ref) {
        return seed.actions().stream().filter(action -> action.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void seed002IsAWrittenStatementOfActionWithPriorityOneAndItsSubAreas() {
        assertThat(seed.title()).isEqualTo("Staffordshire Local Area Written Statement of Action");
        assertThat(seed.kind()).isEqualTo(ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION);
        assertThat(seed.outline()).hasSize(18).startsWith(
                "Partnership roles and responsibilities that that drive improvement or share what works well");
        assertThat(seed.priorities()).containsExactly(
                new TrackerPage.Priority("1", null, "Leaders in education, health and social care have not worked "
                        + "together to organise roles and responsibilities, establish a united vision and strategic plan, "
                        + "communicate effectively, drive improvement or share what works well.", "Develop a clear "
                        + "Governance Structure which ensures active collaboration, strategic development and joint "
                        + "operations in relation to local area SEND provision between Health, Social Care, Education, "
                        + "schools, children, young people and their families"),
                new TrackerPage.Priority("1.1", "1", "Roles and responsibilities to drive improvement", null),
                new TrackerPage.Priority("1.2", "1", "United vision and strategic planning to drive improvement", null));
        assertThat(seed.actions()).extracting(TrackerPage.Action::ref)
                .containsExactly("1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.1.e", "1.2.a");
    }

    @Test
    void eachActionHasItsLeadsEvidenceOfImpactAndAStatusPerReviewPoint() {
        TrackerPage.Action a = action("1.1.a");
        assertThat(a.description()).isEqualTo("Co-produce and clearly define accountability and responsibility "
                + "descriptors for each layer of the Governance structure including a review of membership.");
        assertThat(a.leads()).containsExactly("Tim Moss", "Lynn Tolley");
        assertThat(a.evidenceOfImpact()).isEqualTo("SEND Inclusion & Partnership Group (IPG) ToR & minutes "
                + "demonstrate clear accountability and a culture of challenge");
        assertThat(a.statuses()).extracting(TrackerPage.Status::reviewPoint)
                .containsExactly("2019-12", "2020-01", "2021-04", "2021-12");
        assertThat(action("1.1.b").leads()).containsExactly("Lynsey Bissell");
        assertThat(action("1.1.c").statuses()).extracting(TrackerPage.Status::status)
                .containsExactly("Complete", "Complete", "complete", "Complete");
        assertThat(action("1.1.e").statuses()).extracting(TrackerPage.Status::status)
                .containsExactly("In progress", "Complete", "complete", "Complete");
        assertThat(action("1.2.a").statuses()).extracting(TrackerPage.Status::status)
                .containsExactly("In progress", "In progress", "complete", "Complete");
        assertThat(action("1.2.a").leads()).containsExactly("Wendy Tompson");
    }

    @Test
    void aListAfterAColonJoinsTheTextItBelongsTo() {
        assertThat(action("1.1.d").description()).isEqualTo("Establish appropriate resources and capacity across the "
                + "partnership. Needs to include: LA permanent Lead for Education; LA permanent Head of Vulnerable "
                + "Learners; CCG Children's Commissioner; Project management secured to support the development and "
                + "implementation of the action plans");
        TrackerPage.Action c = action("1.1.c");
        assertThat(c.updates()).singleElement().satisfies(update -> {
            assertThat(update.date()).isEqualTo("2021-02");
            assertThat(update.body()).startsWith("Early Years Sub Group currently being chaired by Emma Dodd")
                    .endsWith("Develop action plan at next meeting: Transition guidance document developed; Develop "
                            + "links with SEND locality hubs; Develop work on case studies");
        });
        assertThat(c.evidence()).isEmpty();
        assertThat(c.evidenceNotes()).containsExactly("As above");
    }

    @Test
    void datedUpdatesAndEvidenceNames() {
        TrackerPage.Action a = action("1.1.a");
        assertThat(a.updates()).extracting(TrackerPage.Update::date).containsExactly("2021-02", "2021-04");
        assertThat(a.updates().get(1).body()).isEqualTo("Sub group chairs (Mng Group) to attend meetings of the SEND IPG");
        assertThat(a.evidence()).containsExactly("Written statement of action (WSOA) (Monitoring report)",
                "WSOA presentation", "SEND Governance structure", "Sub Group status reports", "WSOA Position statements",
                "WSOA Positive Practice Examples");
        assertThat(action("1.1.d").updates()).singleElement()
                .extracting(TrackerPage.Update::date).isEqualTo("2021-12");
        assertThat(action("1.1.e").updates()).isEmpty();
        assertThat(action("1.1.e").evidence()).containsExactly("WSoA Positive Practice examples");
        assertThat(action("1.2.a").evidence()).containsExactly("JSNA (SEND focus)", "Position Statement 4 (EHC)");
    }

    @Test
    void aSmallAcceleratedProgressPlanInAnotherCouncilsWords() {
        TrackerPage page = TrackerParser.parse(PageText.of("""
                Northshire Accelerated Progress Plan
                Priority 2: Waiting times for neurodevelopmental assessments
                a) Reduce the waiting list for ASD assessments
                Leads: Dr A Khan & J Smith
                Evidence of impact: Median wait below 18 weeks
                - Mar 2023 - Amber - delayed
                - September 2023: On track
                """));
        assertThat(page.kind()).isEqualTo(ActionPlanKind.ACCELERATED_PROGRESS_PLAN);
        assertThat(page.priorities()).extracting(TrackerPage.Priority::title)
                .containsExactly("Waiting times for neurodevelopmental assessments");
        TrackerPage.Action action = page.actions().get(0);
        assertThat(action.ref()).isEqualTo("2.a");
        assertThat(action.leads()).containsExactly("Dr A Khan", "J Smith");
        assertThat(action.statuses()).extracting(TrackerPage.Status::reviewPoint, TrackerPage.Status::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2023-03", "Amber - delayed"),
                        org.assertj.core.groups.Tuple.tuple("2023-09", "On track"));
    }

    @Test
    void leadsArePartedBetweenNamesButJobTitlesStayWhole() {
        assertThat(TrackerParser.leads("Tim Moss/Lynn Tolley")).containsExactly("Tim Moss", "Lynn Tolley");
        assertThat(TrackerParser.leads("Tim Moss and Lynn Tolley")).containsExactly("Tim Moss", "Lynn Tolley");
        assertThat(TrackerParser.leads("Dr A Khan & J Smith, Lynn O'Neil-Tolley"))
                .containsExactly("Dr A Khan", "J Smith", "Lynn O'Neil-Tolley");
        assertThat(TrackerParser.leads("Head of Education and Skills")).containsExactly("Head of Education and Skills");
        assertThat(TrackerParser.leads("Cabinet Member for Education and Skills"))
                .containsExactly("Cabinet Member for Education and Skills");
        assertThat(TrackerParser.leads("SEND & Inclusion Lead")).containsExactly("SEND & Inclusion Lead");
        assertThat(TrackerParser.leads("Moss, Tim")).containsExactly("Moss, Tim");
        assertThat(TrackerParser.leads("Director of Children's Services; Tim Moss and Lynn Tolley"))
                .containsExactly("Director of Children's Services", "Tim Moss", "Lynn Tolley");
        assertThat(TrackerParser.leads(" / ")).isEmpty();
    }

    @Test
    void aPageWithNoPriorityOrActionIsRefused() {
        for (String page : List.of("Just a title", "Priority 1\nNo actions here", "a. An action without a priority")) {
            assertThatThrownBy(() -> TrackerParser.parse(PageText.of(page)))
                    .isInstanceOf(InvalidCommand.class).hasMessageContaining("No action plan was recognised");
        }
    }
}
