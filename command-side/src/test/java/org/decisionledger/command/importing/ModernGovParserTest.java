package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.decision.Resolution;
import org.junit.jupiter.api.Test;

class ModernGovParserTest {

    private static ModernGovRecord only(String page) {
        List<ModernGovRecord> records = ModernGovParser.parse(PageText.of(page));
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void seed000IsReadFieldByField() {
        ModernGovRecord record = only(new String(Seeds.bytes(Seeds.STAFFORDSHIRE_DECISION),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(record.kind()).isEqualTo(ModernGovRecord.DECISION_RECORD);
        assertThat(record.title()).startsWith("SEND Accelerated Progress Plan: Enhanced Assess-Plan-Do-Review Pathway")
                .endsWith("Children and Young People’s Framework");
        assertThat(record.decisionMaker()).isEqualTo("Cabinet");
        assertThat(record.decisionStatus()).isEqualTo("Recommendations Approved");
        assertThat(record.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(record.keyDecision()).isTrue();
        assertThat(record.subjectToCallIn()).isTrue();
        assertThat(record.purpose()).startsWith("Staffordshire County Council has worked with their partners")
                .endsWith("to deliver the graduated response.");
        assertThat(record.reportAuthor()).isEqualTo("Halit Hulusi");
        assertThat(record.publicationDate().day()).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(record.publicationDate().raw()).isEqualTo("21/09/2023");
        assertThat(record.dateOfDecision().day()).isEqualTo(LocalDate.of(2023, 9, 20));
        assertThat(record.decidedAt()).isEqualTo("20/09/2023 - Cabinet");
        assertThat(record.effectiveFrom().day()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(record.reasons()).startsWith("To consider the proposed Strategy for Special Provision");
        assertThat(record.statement()).startsWith("“Our goal is to provide every child")
                .contains("Jonathan Price, Cabinet Member for Education (and SEND)");
        assertThat(record.flags()).isEmpty();
    }

    @Test
    void seed000HasResolutionsAToEWithSubItemsAndTwoDelegations() {
        ModernGovRecord record = ModernGovParser.parse(Seeds.page(Seeds.STAFFORDSHIRE_DECISION)).get(0);
        assertThat(record.resolutions()).extracting(Resolution::label).containsExactly("(a)", "(b)", "(c)", "(d)", "(e)");
        assertThat(record.resolutions().get(0).text())
                .isEqualTo("That the actions set out in the Accelerated Progress Plan continue to be endorsed.");
        Resolution e = record.resolutions().get(4);
        assertThat(e.text()).startsWith("That the proposal to develop a Children & Young People’s Framework")
                .endsWith("be endorsed:");
        assertThat(e.subItems()).extracting(Resolution::label).containsExactly("(i)", "(ii)");
        assertThat(e.subItems().get(0).text()).startsWith("Approval be given to conduct an open tender process");
        assertThat(e.subItems().get(1).text()).startsWith("That the award of the Staffordshire Children and Young "
                + "Peoples Framework be delegated to the Director for Children and Families");
        assertThat(record.delegations()).containsExactly(
                new RecognisedDelegation("(c)", "Director for Children and Families",
                        "allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)",
                        null),
                new RecognisedDelegation("(e)(ii)", "Director for Children and Families",
                        "the award of the Staffordshire Children and Young Peoples Framework",
                        "the award of call-off contracts under the Framework be sub-delegated in line with the "
                                + "Council’s procurement Regulations"));
    }

    @Test
    void seed004IsAForwardPlanItemWithItsNoticeAndDueDate() {
        ModernGovRecord record = ModernGovParser.parse(Seeds.page(Seeds.KENT_FORWARD_PLAN)).get(0);
        assertThat(record.kind()).isEqualTo(ModernGovRecord.FORWARD_PLAN);
        assertThat(record.reference()).isEqualTo("21/00019");
        assertThat(record.title()).isEqualTo("SEND Strategy 2021-2024");
        assertThat(record.proposedDecision()).startsWith("The Cabinet Member for Integrated Children’s Services is asked "
                + "to agree to approve the SEND strategy 2021 – 2024");
        assertThat(record.decisionMaker()).isEqualTo("Cabinet Member for Integrated Children's Services");
        assertThat(record.keyDecision()).isTrue();
        assertThat(record.keyDecisionText()).isEqualTo("Key");
        assertThat(record.keyDecisionReasons()).containsExactly("Expenditure or savings of more than £1m");
        assertThat(record.decisionStatus()).isEqualTo("Recommendations Approved");
        assertThat(record.wardsAffected()).containsExactly("(All Division)");
        assertThat(record.firstPublished().day()).isEqualTo(LocalDate.of(2021, 2, 4));
        assertThat(record.decisionDue().day()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(record.decisionDueNotBefore()).isTrue();
        assertThat(record.decisionDueReason()).isEqualTo("To enable the decision to be on the FED for a minimum of 28 days.");
        assertThat(record.leadMember()).isEqualTo("Cabinet Member for Education and Skills");
        assertThat(record.leadDirector()).isEqualTo("Mark Walker");
        assertThat(record.department()).isEqualTo("Education & Young People's Services");
        assertThat(record.contact()).isEqualTo("Tel: 03000411223.");
        assertThat(record.implications()).containsOnlyKeys("Financial", "Legal", "Equalities");
        assertThat(record.reasons()).startsWith("The SEND strategy is a county wide strategy");
        assertThat(record.publicationDate()).isNull();
        assertThat(record.dateOfDecision()).isNull();
        assertThat(record.subjectToCallIn()).isNull();
        assertThat(record.flags()).containsExactly(ImportFlag.DECIDED_WITHOUT_DATE);
    }

    @Test
    void aFieldThePageDoesNotShowIsNullAndNeverGuessed() {
        ModernGovRecord record = only("""
                Home > Decisions
                Library opening hours
                Decision Maker: Cabinet Member for Communities
                Date of decision: 3 April 2024
                """);
        assertThat(record.title()).isEqualTo("Library opening hours");
        assertThat(record.dateOfDecision().day()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(record.decisionStatus()).isNull();
        assertThat(record.keyDecision()).isNull();
        assertThat(record.subjectToCallIn()).isNull();
        assertThat(record.publicationDate()).isNull();
        assertThat(record.effectiveFrom()).isNull();
        assertThat(record.resolutions()).isEmpty();
        assertThat(record.flags()).contains(ImportFlag.KEY_DECISION_NOT_SHOWN).doesNotContain(
                ImportFlag.PUBLICATION_BEFORE_DECISION, ImportFlag.EFFECTIVE_BEFORE_PUBLICATION);
    }

    @Test
    void fieldsInAnyOrderAndAnyCaseAmongPageNoise() {
        ModernGovRecord record = only("""
                Skip to content | Accessibility | Sign in
                Decision details
                Highways maintenance contract
                EFFECTIVE FROM: 10/03/2021
                is key decision?: NO
                decision status: RECOMMENDATIONS APPROVED
                Date of decision: 02/03/2021
                Technical Error: the page could not load its branding
                Publication date: 02/03/2021
                Is subject to call in?: yes
                Decision Maker: Cabinet
                Decisions:
                RESOLVED that the contract be awarded.
                """);
        assertThat(record.title()).isEqualTo("Highways maintenance contract");
        assertThat(record.keyDecision()).isFalse();
        assertThat(record.subjectToCallIn()).isTrue();
        assertThat(record.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(DecisionOutcome.canonical(record.decisionStatus())).isEqualTo("RECOMMENDATIONS_APPROVED");
        assertThat(record.effectiveFrom().day()).isEqualTo(LocalDate.of(2021, 3, 10));
        assertThat(record.resolutions()).containsExactly(Resolution.of(null, "RESOLVED that the contract be awarded."));
    }

    @Test
    void aListingPageGivesOneRecordPerDecision() {
        List<ModernGovRecord> records = ModernGovParser.parse(PageText.of("""
                Recent decisions
                School transport policy
                Decision Maker: Cabinet
                Decision status: Approved
                Publication date: 21/09/2023
                Date of decision: 20/09/2023
                Effective from: 27/09/2023
                Accompanying Documents:
                Report.pdf
                Highways term contract
                Decision Maker: Cabinet Member for Highways
                Decision status: Deferred
                Date of decision: 21/09/2023
                Care fees uplift
                Decision Maker: Director of Adult Services
                Decision status: For Determination
                """));
        assertThat(records).extracting(ModernGovRecord::title)
                .containsExactly("School transport policy", "Highways term contract", "Care fees uplift");
        assertThat(records).extracting(ModernGovRecord::outcome)
                .containsExactly(DecisionOutcome.APPROVED, DecisionOutcome.DEFERRED, DecisionOutcome.PENDING);
        assertThat(records.get(0).otherSections()).containsEntry("documents", "Report.pdf");
        assertThat(records.get(1).dateOfDecision().day()).isEqualTo(LocalDate.of(2023, 9, 21));
    }

    @Test
    void eachDateFormIsRead() {
        assertThat(DateText.read("21/09/2023").day()).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(DateText.read("5 Mar 2021").day()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(DateText.read("5th March 2021").day()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(DateText.read("Wednesday, 1st Sept 2021").day()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(DateText.read("2023-09-21").day()).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(DateText.read("Not before 5th Mar 2021 by Cabinet").day()).isEqualTo(LocalDate.of(2021, 3, 5));
        PublishedDate june = DateText.read("June 2024");
        assertThat(june.day()).isNull();
        assertThat(june.month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(june.monthOnly()).isTrue();
        PublishedDate impossible = DateText.read("31/02/2023");
        assertThat(impossible.readable()).isFalse();
        assertThat(impossible.raw()).isEqualTo("31/02/2023");
    }

    @Test
    void dueDatesInTheirManyForms() {
        ModernGovRecord byCabinet = only("""
                Bus service improvement plan
                Decision due: 12 Mar 2024 by Cabinet
                """);
        assertThat(byCabinet.kind()).isEqualTo(ModernGovRecord.FORWARD_PLAN);
        assertThat(byCabinet.decisionDue().day()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(byCabinet.decisionMaker()).isEqualTo("Cabinet");
        assertThat(byCabinet.decisionDueNotBefore()).isFalse();

        ModernGovRecord dueDate = only("""
                Waste strategy
                Decision maker: Leader of the Council
                Decision due date: 06/11/2025
                """);
        assertThat(dueDate.decisionDue().day()).isEqualTo(LocalDate.of(2025, 11, 6));

        ModernGovRecord month = only("""
                Libraries review
                Decision Maker: Cabinet
                Decision due: June 2024
                """);
        assertThat(month.decisionDue().day()).isNull();
        assertThat(month.decisionDue().month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(month.flags()).contains(ImportFlag.MONTH_PRECISION_DUE_DATE);
    }

    @Test
    void inconsistentDatesAreFlaggedAndKept() {
        ModernGovRecord record = only("""
                Parking charges
                Decision Maker: Cabinet
                Decision status: Approved
                Publication date: 19/09/2023
                Date of decision: 20/09/2023
                Effective from: 18/09/2023
                """);
        assertThat(record.flags()).contains(ImportFlag.PUBLICATION_BEFORE_DECISION, ImportFlag.EFFECTIVE_BEFORE_PUBLICATION);
        assertThat(record.publicationDate().day()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(record.effectiveFrom().day()).isEqualTo(LocalDate.of(2023, 9, 18));
    }

    @Test
    void urgencyAndTheGeneralExceptionAreFlagged() {
        ModernGovRecord urgent = only("""
                Emergency repairs to Hill Bridge
                Decision Maker: Leader
                Urgent item?: Yes
                Date of decision: 01/02/2024
                """);
        assertThat(urgent.flags()).contains(ImportFlag.URGENCY_PROCEDURE);
        ModernGovRecord notUrgent = only("""
                Routine item
                Decision Maker: Leader
                Urgent item?: No
                """);
        assertThat(notUrgent.flags()).doesNotContain(ImportFlag.URGENCY_PROCEDURE);
        ModernGovRecord exception = only("""
                Home to school transport contract
                Decision Maker: Cabinet
                Decision due: 12/02/2024
                This decision will be taken under the General Exception provisions (Regulation 10).
                """);
        assertThat(exception.flags()).contains(ImportFlag.GENERAL_EXCEPTION);
        assertThat(exception.procedureNotes()).hasSize(1);
    }

    @Test
    void wordsThatAreNoDateOrYesNoAreKeptAndFlagged() {
        ModernGovRecord record = only("""
                Museum loans
                Decision Maker: Cabinet
                Publication date: to be confirmed
                Is Key decision?: Possibly
                """);
        assertThat(record.publicationDate().raw()).isEqualTo("to be confirmed");
        assertThat(record.publicationDate().day()).isNull();
        assertThat(record.keyDecision()).isNull();
        assertThat(record.keyDecisionText()).isEqualTo("Possibly");
        assertThat(record.flags()).contains(ImportFlag.UNREADABLE_DATE, ImportFlag.UNREADABLE_YES_NO);
    }

    @Test
    void numberedResolutionsAndALetterIAfterH() {
        ModernGovRecord record = only("""
                Budget 2024/25
                Decision Maker: Council
                Decisions:
                (h) That the capital programme be approved.
                (i) That the treasury strategy be approved.
                (ii) That the prudential indicators be noted.
                """);
        assertThat(record.resolutions()).extracting(Resolution::label).containsExactly("(h)");
        assertThat(record.resolutions().get(0).subItems()).extracting(Resolution::label).containsExactly("(i)", "(ii)");

        ModernGovRecord letters = only("""
                Budget 2025/26
                Decision Maker: Council
                Decisions:
                (h) That the capital programme be approved.
                (i) That the treasury strategy be approved.
                (j) That the fees be approved.
                1. That the report be noted.
                """);
        assertThat(letters.resolutions()).extracting(Resolution::label).containsExactly("(h)", "(i)", "(j)", "1.");
    }

    @Test
    void aPageWithNoRecognisableRecordIsRefused() {
        assertThatThrownBy(() -> ModernGovParser.parse(PageText.of("Welcome to the council website.\nContact us.")))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("No decision record or forward-plan item was recognised")
                .extracting(error -> ((InvalidCommand) error).field()).isEqualTo("body");
    }
}
