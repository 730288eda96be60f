package org.decisionledger.query.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The ids of feeds and entries: name-based UUIDs (version 5, RFC 9562) of what they stand for, so
 * the same step of the same record has the same id in every feed, after every restart and after a
 * projection is rebuilt, and nothing has to be stored to remember them.
 */
final class FeedIds {

    /** The ledger's own namespace for feed names; fixed forever, as every id is derived from it. */
    static final UUID NAMESPACE = UUID.fromString("5b0e7c1e-3d2a-4f61-9c8e-6a1d0f4b2e93");

    private FeedIds() {
    }

    /** A step of a decision's timeline: the decision and the sequence number of the event that recorded it. */
    static String decisionStep(String decisionId, long sequence) {
        return urn("decision-step:" + decisionId + ":" + sequence);
    }

    static String scrutinyItem(String scrutinyItemId, long version) {
        return urn("scrutiny-item:" + scrutinyItemId + ":" + version);
    }

    /** A feed: its kind and what it is filtered by (empty for none). */
    static String feed(String kind, String filter) {
        return urn("feed:" + kind + ":" + (filter == null ? "" : filter));
    }

    static String urn(String name) {
        return "urn:uuid:" + nameBased(NAMESPACE, name);
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
