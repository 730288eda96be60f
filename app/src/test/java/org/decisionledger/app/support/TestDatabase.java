package org.decisionledger.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where integration tests keep their data. By default the service's own embedded PostgreSQL in a
 * fresh temporary directory, exactly as a newcomer runs it; with {@code -Dtest.datasource.url=...}
 * a fresh database created on that server, as a deployment runs it.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean external() {
        String url = System.getProperty("test.datasource.url", "");
        return !url.isBlank();
    }

    /** Properties for a brand-new, empty store. */
    public static Map<String, String> freshStore() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (external()) {
            String url = System.getProperty("test.datasource.url");
            String user = System.getProperty("test.datasource.username", "postgres");
            String database = "dl_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
            try (Connection connection = DriverManager.getConnection(url, user, System.getProperty("test.datasource.password", ""));
                    Statement statement = connection.createStatement()) {
                dropAbandoned(statement);
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a test database on " + url, e);
            }
            properties.put("spring.datasource.url", url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1"));
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", System.getProperty("test.datasource.password", ""));
        } else {
            properties.put("decision-ledger.embedded-postgres.data-directory", newTemporaryDirectory().toString());
        }
        return properties;
    }

    /** Databases of earlier runs that nothing is connected to any more; best effort, never fails a run. */
    private static void dropAbandoned(Statement statement) {
        try {
            java.util.List<String> abandoned = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database d"
                    + " WHERE datname LIKE 'dl!_it!_%' ESCAPE '!'"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
                while (rows.next()) {
                    abandoned.add(rows.getString(1));
                }
            }
            for (String name : abandoned) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException ignored) {
            // another run may be dropping or using the same database; leaving it is harmless
        }
    }

    private static Path newTemporaryDirectory() {
        try {
            return Files.createTempDirectory("decision-ledger-it-").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
