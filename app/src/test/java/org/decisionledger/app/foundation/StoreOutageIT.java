package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL stops taking connections while the service runs (a restart, a failover): commands and
 * reads answer 503 with Retry-After and a stable code, never a 500, and record nothing; once the
 * store is back the service carries on without a restart, and its projections resume.
 */
class StoreOutageIT {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

    @Test
    void whileTheStoreRefusesConnectionsTheServiceAnswers503AndCarriesOnOnceItIsBack() throws SQLException {
        Map<String, String> store = TestDatabase.freshStore();
        store.put("spring.datasource.hikari.connection-timeout", "1000");
        try (ServiceInstance service = ServiceInstance.start(store, "local")) {
            HikariDataSource pool = (HikariDataSource) service.bean(DataSource.class);
            assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
            Api officer = service.api().as("officer");
            assertThat(service.api().as("admin").put("/api/authorities/outage-council",
                    Map.of("name", "Outage council", "callInWorkingDays", 3)).status()).isEqualTo(201);
            String before = propose(officer, "Recorded before the outage").json().get("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> officer.get("/api/decisions/" + before).status() == 200);

            Matcher url = JDBC_URL.matcher(pool.getJdbcUrl());
            assertThat(url.matches()).as(pool.getJdbcUrl()).isTrue();
            String database = url.group(2);
            Properties credentials = new Properties();
            credentials.setProperty("user", pool.getUsername());
            if (pool.getPassword() != null) {
                credentials.setProperty("password", pool.getPassword());
            }
            try (Connection admin = DriverManager.getConnection(url.group(1) + "template1" + url.group(3), credentials);
                    Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
                try {
                    statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                            + database + "'");

                    Api.Response command = propose(officer, "Sent during the outage");
                    assertThat(command.status()).as(command.toString()).isEqualTo(503);
                    assertThat(command.json().get("code").asString()).isEqualTo("STORE_UNAVAILABLE");
                    assertThat(command.header("Retry-After")).isEqualTo("5");
                    assertThat(command.body()).doesNotContain("SQL", "jdbc", "postgres");

                    Api.Response read = officer.get("/api/decisions/" + before);
                    assertThat(read.status()).as(read.toString()).isEqualTo(503);
                    assertThat(read.json().get("code").asString()).isEqualTo("STORE_UNAVAILABLE");
                } finally {
                    statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
                }
            }

            await("commands are taken again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> officer.get("/api/decisions/" + before).status() == 200);
            Api.Response after = propose(officer, "Recorded after the outage");
            assertThat(after.status()).as(after.toString()).isEqualTo(201);
            String afterId = after.json().get("id").asString();
            await("the projections have resumed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> officer.get("/api/decisions/" + afterId).status() == 200);
            assertThat(service.jdbc().queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE payload->>'title' = 'Sent during the outage'",
                    Long.class)).as("the refused command recorded nothing").isZero();
        }
    }

    private static Api.Response propose(Api officer, String title) {
        return officer.post("/api/decisions", Map.of("authorityId", "outage-council", "title", title,
                "decisionMaker", "Cabinet", "keyDecision", false));
    }
}
