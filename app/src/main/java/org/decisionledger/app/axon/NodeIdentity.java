package org.decisionledger.app.axon;

import java.lang.management.ManagementFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The name under which this node claims processor segments in {@code token_entry.owner} (ADR 24).
 * Nodes on one store must have different names: a node treats a segment claimed under its own name
 * as its own. Unset, it is the JVM's {@code pid@host}, Axon's default, which differs between
 * separate hosts and containers; two nodes in one JVM (tests) must each be given one.
 *
 * @param name the owner name written with each claim; blank for {@code pid@host}
 */
@ConfigurationProperties("decision-ledger.node")
public record NodeIdentity(String name) {

    /** The name this node claims under. */
    public String ownerName() {
        return name == null || name.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : name.strip();
    }
}
