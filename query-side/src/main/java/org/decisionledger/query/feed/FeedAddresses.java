package org.decisionledger.query.feed;

/** Where the feeds are, for the pages that announce them. */
public final class FeedAddresses {

    public static final String DECISIONS = "/feeds/decisions.atom";
    public static final String SCRUTINY = "/feeds/scrutiny.atom";
    static final String DECISION = "/feeds/decisions/{decisionId}.atom";

    /** A feed as a page's head announces it. */
    public record Link(String title, String href) {
    }

    private FeedAddresses() {
    }

    public static String decision(String decisionId) {
        return "/feeds/decisions/" + decisionId + ".atom";
    }

    /** {@code base} with the council it is filtered by, if any. */
    static String filtered(String base, String authority) {
        return authority == null ? base : base + "?authority=" + authority;
    }

    public static String decisionsOf(String authority) {
        return filtered(DECISIONS, authority);
    }
}
