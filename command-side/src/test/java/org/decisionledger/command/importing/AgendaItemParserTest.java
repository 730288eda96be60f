package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
}
