package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgendaItemParserTest {

    @Test
    void seed001HasItsResolutionAndMinutes() {
        AgendaItemPage page = AgendaItemPage.parse(Seeds.page(Seeds.BUCKINGHAMSHIRE_AGENDA_ITEM));
        assertThat(page.decision()).startsWith("Cabinet received a report on the Special Educational Needs");
        assertThat(page.resolved()).containsExactly("RESOLVED that the updated Special Educational Needs and "
                + "Disabilities (SEND) and Inclusion Strategy 2021 – 23 (Appendix 1), and the associated SEND "
                + "Improvement Plan (Appendix 2) be approved.");
        assertThat(page.minutes()).startsWith("A Cranmer, Cabinet Member for Education and Skills, introduced the report")
                .contains("SEND Integrated Services Board on 16 July 2020");
        assertThat(page.points()).hasSize(7);
        assertThat(page.truncated()).isFalse();
    }

    @Test
    void seed003IsAScrutinyItemWithItsFindingsAndTheSeventyDays() {
        AgendaItemPage page = AgendaItemPage.parse(Seeds.page(Seeds.WORCESTERSHIRE_SCRUTINY));
        assertThat(page.title()).isEqualTo("Special Education Needs/Disabilities Strategy");
        assertThat(page.meetingDate()).isEqualTo(LocalDate.of(2018, 5, 16));
        assertThat(page.meetingBody()).isEqualTo("Children and Families Overview and Scrutiny Panel");
        assertThat(page.item()).isEqualTo("325");
        assertThat(page.points()).contains("the local offer was not fit for purpose",
                "the  Action Plan agreed by all partners needed to be signed and submitted to Ofsted/CQC within 70 days");
        assertThat(page.truncated()).isTrue();
    }

    @Test
    void seed003sTwelveMainFindingsAreReadAsTheListTheMinutesIntroduceAsFindings() {
        AgendaItemPage page = AgendaItemPage.parse(Seeds.page(Seeds.WORCESTERSHIRE_SCRUTINY));

        assertThat(page.pointLists()).extracting(AgendaItemPage.PointList::introduction).containsExactly(
                "The main findings from the Inspection were:",
                "During the discussion the following main points were made:");
        List<String> findings = page.pointsIntroducedBy("main findings");
        assertThat(findings).hasSize(12);
        assertThat(findings.get(0)).isEqualTo("the Leaders recognised that the local area had suffered from a lack of "
                + "strategic direction in the past and the Director of Children’s Services acknowledged that there was "
                + "still much work to be done");
        assertThat(findings).contains("relationships with parent and carers were fragile",
                "the local offer was not fit for purpose");
        assertThat(findings.get(11)).isEqualTo("Recent changes of Leadership were described as a ‘breath of fresh air'.");
        assertThat(findings).noneMatch(finding -> finding.contains("70 days"));
    }

    @Test
    void seed003sSeventyDaysAreAPointOfTheDiscussionWithItsSpacingMadePlain() {
        AgendaItemPage page = AgendaItemPage.parse(Seeds.page(Seeds.WORCESTERSHIRE_SCRUTINY));

        List<String> discussed = page.pointsIntroducedBy("main points");
        assertThat(discussed).first().isEqualTo(
                "the Action Plan agreed by all partners needed to be signed and submitted to Ofsted/CQC within 70 days");
        assertThat(AgendaItemPage.daysAllowed(discussed.get(0))).isEqualTo(70);
        assertThat(AgendaItemPage.daysAllowed(discussed.get(1))).as("a point that sets no period").isNull();
        assertThat(page.pointsIntroducedBy("recommendations")).isEmpty();
    }
}
