package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the compose file is checked against the
 * application's own configuration instead: the names it sets must be names the service reads.
 */
class ComposeFileConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve(file)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNodeIsConfiguredThroughPropertiesTheServiceReads() throws IOException {
        Map<String, Object> services = (Map<String, Object>) yaml("docker/compose.yml").get("services");
        for (String node : new String[] {"ledger-1", "ledger-2"}) {
            Map<String, Object> service = (Map<String, Object>) services.get(node);
            Map<String, String> environment = (Map<String, String>) service.get("environment");
            assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                    "SPRING_DATASOURCE_PASSWORD", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                    "SPRING_PROFILES_ACTIVE", "AXONSERVER_SERVERS");
            assertThat(environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${").doesNotContain("local");
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).doesNotContain("local");
        }
    }

    /** Nodes on one store claim segments under names of their own (ADR 24). */
    @Test
    @SuppressWarnings("unchecked")
    void eachNodeClaimsSegmentsUnderANameOfItsOwn() throws IOException {
        String configuration = Files.readString(ROOT.resolve("app/src/main/resources/application.yml"));
        assertThat(configuration).containsPattern("(?m)^decision-ledger:\\n  node:\\n(\\s+#.*\\n)*\\s+name:");
        Map<String, Object> services = (Map<String, Object>) yaml("docker/compose.yml").get("services");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String node : new String[] {"ledger-1", "ledger-2"}) {
            Map<String, String> environment = (Map<String, String>) ((Map<String, Object>) services.get(node))
                    .get("environment");
            assertThat(environment.get("DECISION_LEDGER_NODE_NAME")).as(node).isNotBlank();
            names.add(environment.get("DECISION_LEDGER_NODE_NAME"));
        }
        assertThat(names).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAxonServerLayoutMatchesTheAxonServerProfile() throws IOException {
        String profile = Files.readString(ROOT.resolve("app/src/main/resources/application-axonserver.yml"));
        assertThat(profile).contains("${AXONSERVER_SERVERS:");
        Map<String, Object> services = (Map<String, Object>) yaml("docker/compose.yml").get("services");
        Map<String, String> environment = (Map<String, String>) ((Map<String, Object>) services.get("ledger-1")).get("environment");
        assertThat(environment.get("AXONSERVER_SERVERS")).isEqualTo("axonserver:8124");
        assertThat(services).containsKey("axonserver");
    }

    @Test
    void theImageRunsTheJarTheBuildProduces() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        String appPom = Files.readString(ROOT.resolve("app/pom.xml"));
        assertThat(appPom).contains("<finalName>decision-ledger</finalName>");
        assertThat(dockerfile).contains("app/target/decision-ledger.jar");
    }

    /** A node out of memory exits rather than run on with stopped processors, and is started again (ADR 17). */
    @Test
    @SuppressWarnings("unchecked")
    void aNodeOutOfMemoryExitsAndIsRestarted() throws IOException {
        String entrypoint = Files.readAllLines(ROOT.resolve("docker/Dockerfile")).stream()
                .filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        assertThat(entrypoint).contains("\"-XX:+ExitOnOutOfMemoryError\"");
        Map<String, Object> services = (Map<String, Object>) yaml("docker/compose.yml").get("services");
        for (String node : new String[] {"ledger-1", "ledger-2"}) {
            assertThat(((Map<String, Object>) services.get(node)).get("restart")).as(node).isIn("always", "unless-stopped");
        }
    }
}
