package org.decisionledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.decisionledger.query.scrutiny.ScrutinyItemView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A feed as RFC 4287 text, read back with the JDK's parser. */
class AtomFeedTest {

    private static final String BASE = "https://ledger.example.gov.uk";
    private static final String HOSTILE = "Library <script>alert(1)</script> & \"hours\"\u0001";

    private static FeedSteps.Step step(long sequence, String kind, String summary, Instant recordedAt) {
        return new FeedSteps.Step("0190f3c2-0000-7000-8000-000000000001", sequence, LocalDate.of(2023, 9, 21), kind,
                summary, "officer", recordedAt, HOSTILE, "staffordshire");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
    }

    @Test
    void aFeedOfStepsIsWellFormedAtomWithEachEntryLinkingToItsPage() throws Exception {
        Instant published = Instant.parse("2023-09-21T10:15:30.123Z");
        AtomFeed.Feed feed = new AtomFeed.Feed(FeedIds.feed("decisions", "staffordshire"), "Decisions",
                "/feeds/decisions.atom?authority=staffordshire", "/", List.of(
                        FeedEntries.step(step(4, "PUBLISHED", "Decision published; call-in window closes 2023-09-26, "
                                + "effective from 2023-09-27 unless called in", published)),
                        FeedEntries.step(step(0, "PROPOSED", "Proposed for decision by Cabinet",
                                Instant.parse("2023-09-01T09:00:00Z")))));

        String xml = AtomFeed.render(feed, BASE);
        Element root = parse(xml).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "updated")).as("the newest entry's").isEqualTo("2023-09-21T10:15:30.123Z");
        NodeList entries = root.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "id")).isEqualTo(FeedIds.decisionStep("0190f3c2-0000-7000-8000-000000000001", 4));
        assertThat(child(first, "title")).isEqualTo("Published, 21 September 2023: Library <script>alert(1)</script> & \"hours\"\ufffd");
        assertThat(child(first, "summary")).isEqualTo("21 September 2023 · Decision published; call-in window closes "
                + "2023-09-26, effective from 2023-09-27 unless called in · staffordshire · recorded by officer");
        Element link = (Element) first.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(link.getAttribute("type")).isEqualTo("text/html");
        assertThat(link.getAttribute("href")).isEqualTo(BASE + "/decisions/0190f3c2-0000-7000-8000-000000000001");
        assertThat(xml).doesNotContain("<script>").doesNotContain("\u0001");
        Element self = (Element) root.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(BASE + "/feeds/decisions.atom?authority=staffordshire");
    }

    @Test
    void anUnchangedFeedIsTheSameTextAndAnEmptyOneSaysNothingWasRecorded() throws Exception {
        AtomFeed.Feed empty = new AtomFeed.Feed(FeedIds.feed("scrutiny", "nowhere"), "Scrutiny",
                "/feeds/scrutiny.atom?authority=nowhere", "/scrutiny", List.of());

        String xml = AtomFeed.render(empty, BASE);

        assertThat(AtomFeed.render(empty, BASE)).isEqualTo(xml);
        assertThat(FeedController.entityTag(AtomFeed.render(empty, BASE))).isEqualTo(FeedController.entityTag(xml))
                .isNotEqualTo(FeedController.entityTag(AtomFeed.render(empty, "http://localhost:8080")));
        assertThat(child(parse(xml).getDocumentElement(), "updated")).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void aScrutinyItemShowsWhatItsPageShowsAndNotWhoRecordedIt() {
        ScrutinyItemView item = new ScrutinyItemView("0190f3c2-0000-7000-8000-0000000000aa", "worcestershire",
                "Children and Families Overview and Scrutiny Panel", LocalDate.of(2018, 5, 16), "325",
                "Joint Local Area SEND Inspection", "Minutes", List.of("One", "Two"),
                List.of(new ScrutinyItemView.RequirementView("Action Plan submitted to Ofsted/CQC",
                        LocalDate.of(2018, 7, 25))), 0, Instant.parse("2024-01-02T10:00:00Z"), "clerk-jane");

        AtomFeed.Entry entry = FeedEntries.scrutinyItem(item);

        assertThat(entry.title()).isEqualTo("Scrutiny item, 16 May 2018: Joint Local Area SEND Inspection");
        assertThat(entry.summary()).isEqualTo("16 May 2018 · Children and Families Overview and Scrutiny Panel, item 325"
                + " · worcestershire · 2 findings · requires: Action Plan submitted to Ofsted/CQC (due by 25 July 2018)");
        assertThat(entry.summary()).doesNotContain("clerk-jane");
        assertThat(entry.path()).isEqualTo("/scrutiny-items/0190f3c2-0000-7000-8000-0000000000aa");
        assertThat(entry.id()).isEqualTo(FeedIds.scrutinyItem(item.id(), 0));
    }

    @Test
    void lastModifiedIsTheNewestEntrysSecondOnlyOnceThatSecondHasSettled() {
        Instant newest = Instant.parse("2024-01-02T10:00:00.700Z");

        assertThat(FeedController.lastModified(newest, Instant.parse("2024-01-02T10:01:00Z")))
                .isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(FeedController.lastModified(newest, Instant.parse("2024-01-02T10:00:01Z")))
                .as("a step recorded in the same second may not be shown yet")
                .isEqualTo(Instant.parse("2024-01-02T09:59:55Z"));
        assertThat(FeedController.lastModified(newest, Instant.parse("2024-01-02T10:00:06.500Z")))
                .as("the newest second is whole once the next has passed the settling time")
                .isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(FeedController.lastModified(newest, Instant.parse("2024-01-02T10:00:05.900Z")))
                .isEqualTo(Instant.parse("2024-01-02T09:59:59Z"));
    }

    @Test
    void aKindTheTimelineGainsLaterStillReadsAsWords() {
        assertThat(FeedEntries.label("CALL_IN_RAISED")).isEqualTo("Called in");
        assertThat(FeedEntries.label("SOMETHING_NEW")).isEqualTo("Something new");
    }
}
