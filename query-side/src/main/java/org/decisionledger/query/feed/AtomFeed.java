package org.decisionledger.query.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * An RFC 4287 feed. Nothing in it depends on when it is written: the feed's {@code updated} is its
 * newest entry's, so an unchanged feed is byte for byte the same and its entity tag does not move.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The feed's {@code updated} while it has no entry: nothing has been recorded for it. */
    static final Instant NOTHING_RECORDED = Instant.EPOCH;

    /** One step or record; {@code path} is its public page, {@code updated} when it was recorded. */
    record Entry(String id, String title, Instant updated, String summary, String path, String kind, String kindLabel) {
    }

    /** {@code selfPath} is the feed's own address, {@code alternatePath} the page it follows. */
    record Feed(String id, String title, String selfPath, String alternatePath, List<Entry> entries) {

        Feed {
            entries = List.copyOf(entries);
        }

        Instant updated() {
            return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(NOTHING_RECORDED);
        }
    }

    private AtomFeed() {
    }

    /** {@code baseUrl} is the service's address as the client reached it; every link starts with it. */
    static String render(Feed feed, String baseUrl) {
        XmlWriter xml = new XmlWriter();
        xml.start("feed", "xmlns", NAMESPACE, "xml:lang", "en-GB");
        xml.element("id", feed.id());
        xml.element("title", feed.title(), "type", "text");
        xml.element("updated", instant(feed.updated()));
        xml.start("author").element("name", "Decision Ledger").end();
        xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", baseUrl + feed.selfPath());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", baseUrl + feed.alternatePath());
        xml.element("generator", "Decision Ledger");
        for (Entry entry : feed.entries()) {
            xml.start("entry");
            xml.element("id", entry.id());
            xml.element("title", entry.title(), "type", "text");
            xml.element("updated", instant(entry.updated()));
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", baseUrl + entry.path());
            xml.empty("category", "term", entry.kind(), "label", entry.kindLabel());
            xml.element("summary", entry.summary(), "type", "text");
            xml.end();
        }
        xml.end();
        return xml.toXml();
    }

    /** RFC 3339 in UTC, as Atom's date constructs require. */
    static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
