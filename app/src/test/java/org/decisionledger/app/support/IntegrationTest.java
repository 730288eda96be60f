package org.decisionledger.app.support;

import java.util.Map;

import org.decisionledger.app.DecisionLedgerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP on a real PostgreSQL with real Axon processors. All subclasses
 * share one running service (one store), so tests create their own data with unique ids.
 */
@SpringBootTest(classes = DecisionLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class IntegrationTest {

    private static final Map<String, String> STORE = TestDatabase.freshStore();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        STORE.forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void client() {
        api = Api.at(port);
    }

    protected long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
