package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.decisionledger.kernel.common.InvalidCommand;
import org.junit.jupiter.api.Test;

/**
 * Junk and pathological input: every page is either read or refused with a 400-kind error naming the
 * body, and no page makes a parser hang. The time limits are generous bounds against runaway
 * backtracking on a shared machine, not speed claims.
 */
class JunkInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Read by both parsers; any failure must be the 400 kind. */
    private static void readOrRefuse(byte[] body) {
        PageText page;
        try {
            page = PageText.of(body);
        } catch (InvalidCommand refused) {
            assertThat(refused.field()).isEqualTo("body");
            return;
        }
        try {
            ModernGovParser.parse(page);
        } catch (InvalidCommand refused) {
            assertThat(refused.field()).isEqualTo("body");
        }
        try {
            TrackerParser.parse(page);
        } catch (InvalidCommand refused) {
            assertThat(refused.field()).isEqualTo("body");
        }
    }

    @Test
    void emptyBlankBinaryAndNonUtf8BodiesAreRefused() {
        assertThatThrownBy(() -> PageText.of(new byte[0])).isInstanceOf(InvalidCommand.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PageText.of("  \n\t ")).isInstanceOf(InvalidCommand.class).hasMessageContaining("white space");
        assertThatThrownBy(() -> PageText.of(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> PageText.of("Decision Maker: Cabinet\u0000"))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> PageText.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void randomBytesAreReadOrRefusedNeverAnythingElse() {
        Random random = new Random(20230921L);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int round = 0; round < 500; round++) {
                byte[] body = new byte[random.nextInt(4096)];
                random.nextBytes(body);
                readOrRefuse(body);
            }
        });
    }

    @Test
    void randomTextBuiltFromThePagesOwnWordsIsReadOrRefused() {
        String[] pieces = {"Decision Maker: ", "Decision status: ", "Date of decision: ", "21/09/2023", "5th Mar 2021",
                "June 2024", "(a) ", "(i) ", "(ii) ", "RESOLVED that ", "Decisions:", "Priority 1", "1.1. ", "a. ",
                "Lead: ", "- December 2019 - Complete", "Sub group action to date:", "- February 2021: : ", "\n", "\n",
                "delegated authority be given to the ", " for allocating ", " be delegated to ", " and that ", "Cabinet",
                "Decision due: Not before ", " by ", "Effective from: ", "Is Key decision?: ", "Yes", "No", "::", "--",
                "((", "))", "/", "é", "’", "\u00A0"};
        Random random = new Random(42L);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int round = 0; round < 2000; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                readOrRefuse(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void pathologicalPagesFinish() {
        assertTimeoutPreemptively(BOUND, () -> {
            readOrRefuse(("x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("(a".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("1/1/".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("5th ".repeat(500_000) + "March").getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("Decision Maker: " + "a ".repeat(100_000) + "\n").repeat(20).getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("delegated authority be given to the " + "Director for ".repeat(50_000))
                    .getBytes(StandardCharsets.UTF_8));
            readOrRefuse(("That the " + "award be ".repeat(100_000) + "delegated to the Director and that")
                    .getBytes(StandardCharsets.UTF_8));
            readOrRefuse("\n".repeat(3_000_000).concat("Priority 1").getBytes(StandardCharsets.UTF_8));
            readOrRefuse("Priority 1\n1.1. Area\n".concat("a. Action\nLead: A/B/C\n- December 2019 - Complete\n"
                    .repeat(1500)).getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void tooManyRecordsAreRefused() {
        String record = "Item\nDecision Maker: Cabinet\n";
        assertThatThrownBy(() -> ModernGovParser.parse(PageText.of(record.repeat(ModernGovParser.MAX_RECORDS + 5))))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("more than");
        String actions = "Plan\nPriority 1\n" + "a. Action\n".repeat(TrackerParser.MAX_ACTIONS + 5);
        assertThatThrownBy(() -> TrackerParser.parse(PageText.of(actions)))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("more than");
    }

    @Test
    void aFiveMegabytePageWithNoRecordIsRefusedAsSuch() {
        String page = "The council's website is being updated. ".repeat(130_000);
        assertThat(page.length()).isGreaterThan(5_000_000);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> ModernGovParser.parse(PageText.of(page)))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("No decision record"));
    }
}
