package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.decisionledger.kernel.authority.AuthorityRules;
import org.junit.jupiter.api.Test;

class RecordChecksTest {

    private static AuthorityRules callInDays(int days) {
        return new AuthorityRules(days, null, 2, 28, 5, null, null, null);
    }

    private static ModernGovRecord published(String publication, String effective) {
        return ModernGovParser.parse(PageText.of("""
                A decision
                Decision Maker: Cabinet
                Is subject to call in?: Yes
                Date of decision: %s
                Publication date: %s
                Effective from: %s
                """.formatted(publication, publication, effective))).get(0);
    }

    @Test
    void seed000ImpliesThreeWorkingDaysAndAgreesWithAThreeDayRule() {
        ModernGovRecord record = ModernGovParser.parse(Seeds.page(Seeds.STAFFORDSHIRE_DECISION)).get(0);
        RecordChecks checks = RecordChecks.of(record, callInDays(3), null);
        assertThat(checks.impliedCallInWorkingDays()).isEqualTo(3);
        assertThat(checks.ruleEffectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(checks.flags()).isEmpty();
    }

    @Test
    void anEffectiveDateOtherThanTheRulesIsFlagged() {
        ModernGovRecord record = ModernGovParser.parse(Seeds.page(Seeds.STAFFORDSHIRE_DECISION)).get(0);
        RecordChecks checks = RecordChecks.of(record, callInDays(5), null);
        assertThat(checks.ruleEffectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(checks.flags()).containsExactly(ImportFlag.EFFECTIVE_DATE_DISAGREES_WITH_RULE);
    }

    @Test
    void bankHolidaysAreNotWorkingDays() {
        assertThat(RecordChecks.of(published("21/05/2020", "28/05/2020"), callInDays(3), null)
                .impliedCallInWorkingDays()).isEqualTo(3);
        RecordChecks jubilee = RecordChecks.of(published("30/05/2022", "07/06/2022"), callInDays(3), null);
        assertThat(jubilee.impliedCallInWorkingDays()).isEqualTo(3);
        assertThat(jubilee.flags()).isEmpty();
        assertThat(RecordChecks.of(published("21/12/2023", "03/01/2024"), callInDays(5), null)
                .impliedCallInWorkingDays()).isEqualTo(5);
    }

    @Test
    void noWorkingDaysAreImpliedWhenTheDatesMakeNoSense() {
        RecordChecks backwards = RecordChecks.of(published("21/09/2023", "18/09/2023"), callInDays(3), null);
        assertThat(backwards.impliedCallInWorkingDays()).isNull();
        assertThat(RecordChecks.of(published("21/09/2030", "27/09/2030"), callInDays(3), null).flags())
                .contains(ImportFlag.CALENDAR_NOT_COVERED);
    }

    @Test
    void kentsNoticeGivesTheFifthOfMarchAsTheEarliestDate() {
        ModernGovRecord kent = ModernGovParser.parse(Seeds.page(Seeds.KENT_FORWARD_PLAN)).get(0);
        RecordChecks checks = RecordChecks.of(kent, null, callInDays(5));
        assertThat(checks.ruleEarliestDecisionDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(checks.flags()).isEmpty();
        ModernGovRecord early = ModernGovParser.parse(PageText.of("""
                Early item
                Decision type: Key
                Notice of proposed decision first published: 04/02/2021
                Decision due: Not before 1st Mar 2021 by Cabinet
                """)).get(0);
        assertThat(RecordChecks.of(early, null, callInDays(5)).flags())
                .containsExactly(ImportFlag.DUE_DATE_DISAGREES_WITH_NOTICE_RULE);
    }
}
