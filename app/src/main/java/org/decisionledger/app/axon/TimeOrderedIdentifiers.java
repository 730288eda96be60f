package org.decisionledger.app.axon;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.axonframework.common.IdentifierFactory;

/**
 * Identifiers for events and new aggregates that sort in the order they were made: UUIDs of version
 * 7 (RFC 9562), 48 bits of Unix milliseconds, then 74 random bits. The event table's unique index
 * on event identifiers, and its index on aggregate identifiers, then take new entries at their
 * right-hand edge, as its global index does, instead of on pages all over an index that grows with
 * every event ever stored (each such page written in full to the WAL after every checkpoint).
 * Registered as Axon's identifier factory in {@code META-INF/services}, and the command side's
 * identifier source.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;

    @Override
    public String generateIdentifier() {
        return next();
    }

    public static String next() {
        return at(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    static String at(long unixMillis, java.util.random.RandomGenerator random) {
        long mostSignificant = (unixMillis << 16) | VERSION_7 | (random.nextInt() & 0x0FFFL);
        long leastSignificant = (random.nextLong() >>> 2) | VARIANT;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
