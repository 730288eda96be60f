package org.decisionledger.app.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster keeps its files; survives restarts
 * @param port the port it listens on (loopback only); 0 picks a free one
 */
@ConfigurationProperties("decision-ledger.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue("0") int port) {
}
