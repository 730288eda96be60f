package org.decisionledger.app.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the OpenAPI description and tries a careless or hostile client's inputs on every
 * endpoint it lists: no credentials, malformed and empty bodies, unknown fields, wrong types and
 * oversized text in every field, garbage in every query parameter. Whatever the endpoint, the
 * answer is a 4xx problem, never a 500, and nothing is recorded.
 */
class EveryEndpointBadInputIT extends IntegrationTest {

    private record Operation(String method, String path, JsonNode spec) {

        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "no-such-id");
        }

        String role() {
            if (path.startsWith("/api/authorities") || path.startsWith("/api/admin")) {
                return "admin";
            }
            if (path.contains("/call-ins")) {
                return "scrutiny";
            }
            if (path.startsWith("/api/audit")) {
                return "auditor";
            }
            return "officer";
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private JsonNode docs;

    private List<Operation> operations() {
        docs = api.get("/v3/api-docs").json();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }
        assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(10);
        return operations;
    }

    @org.junit.jupiter.api.Test
    void theFeedsAreAmongTheReadsTried() {
        assertThat(operations()).extracting(Operation::toString).contains("GET /feeds/decisions.atom",
                "GET /feeds/scrutiny.atom", "GET /feeds/decisions/{decisionId}.atom");
    }

    @TestFactory
    Stream<DynamicTest> commandsRefuseBadInputWithoutRecordingAnything() {
        return operations().stream()
                .filter(operation -> operation.method().equals("post") || operation.method().equals("put"))
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> tryCommand(operation)));
    }

    @TestFactory
    Stream<DynamicTest> readsRefuseGarbageParameters() {
        return operations().stream()
                .filter(operation -> operation.method().equals("get"))
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> tryRead(operation)));
    }

    private void tryCommand(Operation operation) {
        long before = storedEvents();
        String path = operation.concretePath();
        Api signedIn = api.as(operation.role());
        boolean json = !operation.spec().path("requestBody").path("content").has("text/plain");

        expectClientError(operation, "no credentials", send(api.anonymous(), operation, path, "{}", json), 401);
        expectClientError(operation, "malformed body", send(signedIn, operation, path, "{\"a\": ", json), null);
        expectClientError(operation, "empty body", send(signedIn, operation, path, "", json), null);
        if (operation.spec().has("requestBody")) {
            List<String> notTaken = json ? List.of("*/*", "text/plain", "application/xml") : List.of("*/*");
            for (String label : notTaken) {
                Api.Response answer = operation.method().equals("put")
                        ? signedIn.putRaw(path, label, "{}") : signedIn.postRaw(path, label, "{}");
                expectClientError(operation, "a body labelled " + label, answer, 415);
            }
        }
        if (json) {
            expectClientError(operation, "array body", send(signedIn, operation, path, "[]", json), null);
            expectClientError(operation, "unknown field", send(signedIn, operation, path, "{\"zzz\": 1}", json), null);
            JsonNode schema = requestSchema(operation);
            if (schema != null && schema.has("properties")) {
                for (Iterator<String> names = schema.get("properties").propertyNames().iterator(); names.hasNext();) {
                    String name = names.next();
                    ObjectNode wrongType = Api.JSON.createObjectNode();
                    wrongType.putObject(name).put("nested", "object");
                    expectClientError(operation, "wrong type for " + name,
                            send(signedIn, operation, path, wrongType.toString(), json), null);
                    ObjectNode oversized = Api.JSON.createObjectNode();
                    oversized.put(name, "x".repeat(300_000));
                    expectClientError(operation, "oversized " + name,
                            send(signedIn, operation, path, oversized.toString(), json), null);
                }
            }
        }
        assertThat(storedEvents()).as(operation + " recorded something for bad input").isEqualTo(before);
    }

    private void tryRead(Operation operation) {
        for (String garbage : new String[] {"%7B'garbage%22;--", "%00nul", "%ff%fe", "-1", "99999999999999999999",
                "x".repeat(5000)}) {
            StringBuilder query = new StringBuilder("?");
            for (JsonNode parameter : operation.spec().path("parameters")) {
                if ("query".equals(parameter.path("in").asString())) {
                    query.append(parameter.get("name").asString()).append('=').append(garbage).append('&');
                }
            }
            Api.Response response = api.as("auditor").get(operation.concretePath() + query);
            assertThat(response.status()).as(operation + " with " + garbage + ": " + response).isLessThan(500);
        }
    }

    private JsonNode requestSchema(Operation operation) {
        JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return docs.path("components").path("schemas").path(name);
        }
        return schema.isMissingNode() ? null : schema;
    }

    private static Api.Response send(Api client, Operation operation, String path, String body, boolean json) {
        String contentType = json ? "application/json" : "text/plain";
        return operation.method().equals("put")
                ? client.header("Content-Type", contentType).putRaw(path, contentType, body)
                : client.postRaw(path, contentType, body);
    }

    private static void expectClientError(Operation operation, String what, Api.Response response, Integer exactly) {
        assertThat(response.status()).as(operation + " " + what + ": " + response).isBetween(400, 499);
        if (exactly != null) {
            assertThat(response.status()).as(operation + " " + what).isEqualTo(exactly);
        }
        assertThat(response.contentType()).as(operation + " " + what).startsWith("application/problem+json");
    }
}
