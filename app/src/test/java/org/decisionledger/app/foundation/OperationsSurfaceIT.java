package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators see: the OpenAPI description, health, and nothing more of the actuator. */
class OperationsSurfaceIT extends IntegrationTest {

    @Test
    void theOpenApiDescriptionDocumentsTheContract() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/decisions")).isTrue();
        assertThat(docs.json().get("paths").has("/api/authorities/{authorityId}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/authorities/{authorityId}/dates")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionSaysWhatCommandsAnswerAndWhoMayCallThem() {
        tools.jackson.databind.JsonNode docs = api.get("/v3/api-docs").json();
        tools.jackson.databind.JsonNode paths = docs.get("paths");
        assertThat(docs.at("/components/securitySchemes").has("bearer")).isTrue();
        assertThat(docs.at("/components/securitySchemes").has("basic")).isTrue();

        tools.jackson.databind.JsonNode propose = paths.at("/~1api~1decisions/post");
        assertThat(propose.get("responses").has("201")).as(propose.toString()).isTrue();
        assertThat(propose.get("responses").has("200")).isFalse();
        assertThat(propose.get("responses").has("409")).isTrue();
        assertThat(propose.at("/responses/409/content").has("application/problem+json")).isTrue();
        assertThat(propose.get("security")).isNotEmpty();
        assertThat(propose.get("parameters").findValuesAsString("name")).contains("If-Match", "Idempotency-Key");
        String council = "openapi-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + council,
                java.util.Map.of("name", "Described council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        assertThat(api.as("officer").post("/api/decisions", java.util.Map.of("authorityId", council, "title",
                "As described", "decisionMaker", "Cabinet", "keyDecision", false)).status())
                .as("what the description says").isEqualTo(201);

        assertThat(paths.at("/~1api~1decisions~1{id}~1notice/post/responses").has("200")).isTrue();
        assertThat(paths.at("/~1api~1decisions~1{id}~1notice/post/responses").has("412")).isTrue();
        assertThat(paths.at("/~1api~1admin~1projections~1{name}~1rebuild/post/responses").has("202")).isTrue();
        assertThat(paths.at("/~1api~1decisions~1{id}~1history/get/security")).isNotEmpty();
        assertThat(paths.at("/~1api~1decisions~1{id}~1history/get/responses").has("401")).isTrue();
        assertThat(paths.at("/~1api~1decisions~1{decisionId}/get").has("security"))
                .as("the register is read without signing in").isFalse();
    }

    @Test
    void theOpenApiDescriptionShowsCreationsMediaTypesRolesAndExportFormats() {
        tools.jackson.databind.JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        for (String creation : java.util.List.of("/api/decisions", "/api/decisions/{id}/call-ins", "/api/delegations",
                "/api/delegations/{id}/sub-delegations", "/api/action-plans", "/api/action-plans/{id}/actions")) {
            tools.jackson.databind.JsonNode responses = paths.path(creation).path("post").path("responses");
            assertThat(responses.has("201")).as(creation + " answers 201: " + responses).isTrue();
            assertThat(responses.has("200")).as(creation + " never answers 200").isFalse();
            assertThat(responses.path("201").path("headers").has("Location")).as(creation + " Location").isTrue();
        }
        tools.jackson.databind.JsonNode council = paths.at("/~1api~1authorities~1{authorityId}/put/responses");
        assertThat(council.path("201").path("headers").has("Location")).as(council.toString()).isTrue();

        for (String page : java.util.List.of("/api/imports/moderngov", "/api/imports/action-plan")) {
            tools.jackson.databind.JsonNode responses = paths.path(page).path("post").path("responses");
            assertThat(responses.has("415")).as(page + ": " + responses).isTrue();
            assertThat(responses.at("/415/content").has("application/problem+json")).isTrue();
        }
        assertThat(paths.at("/~1api~1decisions/post/responses").has("415")).isTrue();

        java.util.List<String> auditorReads = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> path : paths.properties()) {
            String name = path.getKey();
            if (!path.getValue().has("get")) {
                continue;
            }
            tools.jackson.databind.JsonNode read = path.getValue().get("get");
            String said = read.path("summary").asString("") + " " + read.path("description").asString("");
            if (name.equals("/api/action-plans/{id}/actions/{ref}/history")) {
                assertThat(said).as("an action's history is part of the public tracker").doesNotContain("AUDITOR");
            } else if (name.startsWith("/api/audit") || name.endsWith("/history")) {
                auditorReads.add(name);
                assertThat(said).as(name + " says who may read it").contains("AUDITOR");
                assertThat(api.anonymous().get(name.replaceAll("\\{[^}]+}", "x")).status()).as(name).isEqualTo(401);
            }
        }
        assertThat(auditorReads).contains("/api/audit", "/api/audit/verify", "/api/audit/export",
                "/api/decisions/{id}/history", "/api/delegations/{id}/history", "/api/action-plans/{id}/history",
                "/api/authorities/{id}/history");

        tools.jackson.databind.JsonNode format = null;
        for (tools.jackson.databind.JsonNode parameter : paths.at("/~1api~1audit~1export/get/parameters")) {
            if ("format".equals(parameter.path("name").asString())) {
                format = parameter;
            }
        }
        assertThat(format).as("the export's format parameter").isNotNull();
        assertThat(format.at("/schema/enum").valueStream().map(tools.jackson.databind.JsonNode::asString).toList())
                .containsExactlyInAnyOrder("jsonl", "csv");
    }

    @Test
    void signInAndRoleRefusalsAreProblemsLikeEveryOther() {
        Api.Response notFound = api.get("/api/decisions/no-such-decision");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).as("a problem from the error advice").isEqualTo("application/problem+json");
        assertThat(notFound.json().get("instance").asString()).isEqualTo("/api/decisions/no-such-decision");

        Api.Response notSignedIn = api.anonymous().post("/api/decisions", java.util.Map.of("title", "x"));
        Api.Response wrongRole = api.as("auditor").post("/api/decisions", java.util.Map.of("title", "x"));
        Api.Response historyNotSignedIn = api.anonymous().get("/api/decisions/no-such-decision/history");
        for (Api.Response refused : java.util.List.of(notSignedIn, wrongRole, historyNotSignedIn)) {
            assertThat(refused.contentType()).as(refused.toString()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("code").isString()).isTrue();
        }
        assertThat(notSignedIn.status()).isEqualTo(401);
        assertThat(notSignedIn.json().get("instance").asString()).isEqualTo("/api/decisions");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.json().get("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(wrongRole.json().get("instance").asString()).isEqualTo("/api/decisions");
        assertThat(historyNotSignedIn.json().get("instance").asString())
                .isEqualTo("/api/decisions/no-such-decision/history");
    }

    @Test
    void healthIsPublicAndUp() {
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() {
        assertThat(api.get("/actuator/env").status()).isEqualTo(401);
        assertThat(api.as("admin").get("/actuator/env").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/beans").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeadersAndARequestId() {
        Api.Response response = api.get("/api/decisions");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void browsersOnOtherOriginsAreNotInvitedIn() {
        Api.Response preflight = api.header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .get("/api/decisions");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void requestsRefusedBeforeAnyControllerAreProblemsToo() {
        for (String path : java.util.List.of("/api/decisions/a;b", "/api//decisions", "/api/decisions/a%25b",
                "/api/decisions/a%2Fb", "/api/decisions/a%2fb/timeline")) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).as(path).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().get("errors")).as(path).isNotEmpty();
        }
        Api.Response posted = api.as("officer").postRaw("/api/decisions/a;b/notice", "application/json", "{}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(400);
        assertThat(posted.contentType()).startsWith("application/problem+json");
        Api.Response nul = api.get("/api/decisions?q=a%00b");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("query");
    }

    @Test
    void headerValuesTheFirewallRefusesAreProblemsAndRecordNothing() throws java.io.IOException {
        long before = storedEvents();
        String body = "{\"authorityId\":\"nowhere\",\"title\":\"x\",\"decisionMaker\":\"C\",\"keyDecision\":false}";
        String basic = java.util.Base64.getEncoder().encodeToString("officer:officer".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String header : java.util.List.of("Idempotency-Key: \u043a\u043b\u044e\u0447",
                "If-Match: \"\u043a\u043b\u044e\u0447\"")) {
            String answer = raw("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Basic " + basic + "\r\nContent-Type: application/json\r\n" + header + "\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body);
            assertThat(answer).as(header).startsWith("HTTP/1.1 400");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(header)
                    .contains("content-type: application/problem+json");
            assertThat(answer).as(header).contains("\"code\":\"VALIDATION_FAILED\"");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void bodiesAreJsonOnly() {
        long before = storedEvents();
        for (String type : java.util.List.of("application/yaml", "application/x-yaml", "application/xml",
                "application/cbor")) {
            Api.Response answer = api.as("officer").postRaw("/api/decisions", type,
                    "authorityId: probe\ntitle: nul\ndecisionMaker: C\nkeyDecision: false\nactor: mallory\n");
            assertThat(answer.status()).as(type + ": " + answer).isEqualTo(415);
            assertThat(answer.contentType()).as(type).startsWith("application/problem+json");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void aJsonBodyNotDeclaredJsonIsRefusedAndRecordsNothing() {
        String council = "labelled-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + council,
                java.util.Map.of("name", "Labelled council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        String proposal = "{\"authorityId\":\"" + council + "\",\"title\":\"Sent under another label\","
                + "\"decisionMaker\":\"Cabinet\",\"keyDecision\":false}";
        long before = storedEvents();
        for (String type : java.util.List.of("application/xml", "text/plain", "text/plain;charset=UTF-8", "text/html",
                "application/octet-stream", "application/x-www-form-urlencoded", "*/*", "application/*", "text/*")) {
            Api.Response answer = api.as("officer").postRaw("/api/decisions", type, proposal);
            assertThat(answer.status()).as(type + ": " + answer).isEqualTo(415);
            assertThat(answer.contentType()).as(type).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).as(type).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        assertThat(storedEvents()).as("nothing recorded").isEqualTo(before);
        for (String type : java.util.List.of("application/json", "application/json;charset=UTF-8",
                "application/vnd.decision-ledger+json")) {
            Api.Response answer = api.as("officer").postRaw("/api/decisions", type, proposal);
            assertThat(answer.status()).as(type + ": " + answer).isEqualTo(201);
        }
    }

    @Test
    void anAnswerThatAsksForSignInSaysHow() {
        Api.Response answer = api.anonymous().post("/api/decisions", java.util.Map.of("title", "x"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=\"Decision Ledger\"");
    }

    @Test
    void theErrorPageItselfIsNotAnError() {
        Api.Response answer = api.get("/error");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void requestsTomcatRefusesItselfAreProblemsNotPages() throws java.io.IOException {
        String longPath = "/api/decisions/" + "a".repeat(20_000);
        for (String target : java.util.List.of("/api/decisions/%00", "/api/decisions/%ZZ", "/api/decisions/%C0%AE",
                "/api/authorities/..%5c..", "/api/decisions?q=\\", longPath)) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String shown = target.length() > 40 ? target.substring(0, 40) + "..." : target;
            assertThat(answer).as(shown).startsWith("HTTP/1.1 400");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(shown)
                    .contains("content-type: application/problem+json").doesNotContain("<html");
            assertThat(answer).as(shown).contains("\"code\":\"VALIDATION_FAILED\"");
        }
        String longHeader = raw("GET /api/decisions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Long: "
                + "b".repeat(20_000) + "\r\n\r\n");
        assertThat(longHeader).startsWith("HTTP/1.1 400");
        assertThat(longHeader.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<html");
    }

    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theProjectionStatusAnswersHeadAsItAnswersGet() {
        for (String path : java.util.List.of("/api/admin/projections", "/api/admin/projections/audit-log")) {
            for (Api who : java.util.List.of(api.anonymous(), api.as("officer"), api.as("auditor"), api.as("admin"))) {
                int get = who.get(path).status();
                assertThat(who.head(path).status()).as("HEAD " + path + " as " + who).isEqualTo(get);
            }
            assertThat(api.as("auditor").head(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsAreProblemsNotPages() {
        Api.Response response = api.get("/api/nothing-here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
