package org.decisionledger.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger's hash of a stored event: {@code sha256(previousHash || canonicalBytes(event))},
 * hex-encoded, with 32 zero bytes before the first event.
 *
 * <p>The canonical bytes are nine fields in this order: event identifier, aggregate type, aggregate
 * identifier, sequence number (decimal), timestamp (the stored text), payload type, payload revision,
 * payload and metadata (each as {@link CanonicalJson}). Each field is its UTF-8 bytes preceded by
 * their length as a 4-byte big-endian integer; a missing field is the length -1 and no bytes. The
 * length prefixes keep two different events from ever sharing the same bytes.
 */
public final class LedgerHash {

    /** The previous hash of the first event in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private LedgerHash() {
    }

    /** The hash that chains {@code event} onto {@code previousHash}. */
    public static String chain(String previousHash, StoredEvent event) {
        return chain(previousHash, canonicalFields(event));
    }

    /** The same, from the nine canonical field values (as an export carries them). */
    public static String chain(String previousHash, String... canonicalFields) {
        MessageDigest digest = sha256();
        digest.update(HEX.parseHex(previousHash));
        digest.update(canonicalBytes(canonicalFields));
        return HEX.formatHex(digest.digest());
    }

    /** The nine field values that are hashed, payload and metadata already canonical. */
    public static String[] canonicalFields(StoredEvent event) {
        return new String[] {event.eventIdentifier(), event.aggregateType(), event.aggregateIdentifier(),
                Long.toString(event.sequenceNumber()), event.timestamp(), event.payloadType(),
                event.payloadRevision(), CanonicalJson.of(event.payload()), CanonicalJson.of(event.metaData())};
    }

    static byte[] canonicalBytes(String... fields) {
        byte[][] encoded = new byte[fields.length][];
        int size = 0;
        for (int i = 0; i < fields.length; i++) {
            encoded[i] = fields[i] == null ? null : fields[i].getBytes(StandardCharsets.UTF_8);
            size += 4 + (encoded[i] == null ? 0 : encoded[i].length);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (byte[] field : encoded) {
            if (field == null) {
                buffer.putInt(-1);
            } else {
                buffer.putInt(field.length).put(field);
            }
        }
        return buffer.array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
