package org.decisionledger.app.web;

import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The parts of the contract the controllers' signatures do not show: who may call what and how to
 * sign in, the status a command answers with (201 for a new record, 202 for a rebuild), the
 * If-Match and Idempotency-Key headers every command takes, and the problem answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String PROBLEM = "Problem";
    private static final Set<String> CREATES = Set.of("/api/decisions", "/api/decisions/{id}/call-ins",
            "/api/delegations", "/api/delegations/{id}/sub-delegations", "/api/action-plans",
            "/api/action-plans/{id}/actions", "/api/scrutiny-items");
    private static final Map<String, String> COMMAND_PROBLEMS = Map.of(
            "400", "Malformed or invalid input; errors names each field (VALIDATION_FAILED)",
            "401", "Not signed in (NOT_SIGNED_IN)",
            "403", "The signed-in role may not do this (ROLE_NOT_ALLOWED); an Idempotency-Key of another person",
            "404", "No record with that id (NOT_FOUND)",
            "406", "The client accepts no JSON answer; nothing was recorded (NOT_ACCEPTABLE)",
            "409", "A business rule refused the command (its code, e.g. CALL_IN_WINDOW_CLOSED), a concurrent "
                    + "change won (CONCURRENT_MODIFICATION) or the Idempotency-Key was used for another request "
                    + "(IDEMPOTENCY_KEY_REUSED)",
            "412", "If-Match named a version the record has moved on from (VERSION_MISMATCH)",
            "413", "The body is too large (PAYLOAD_TOO_LARGE)",
            "503", "The store cannot be reached; try again with the same Idempotency-Key (STORE_UNAVAILABLE)");

    @Bean
    OpenApiCustomizer contractDescription() {
        return openApi -> {
            openApi.info(new Info().title("Decision Ledger").version("1")
                    .description("Executive decisions, their statutory clocks, call-ins, delegated authority and "
                            + "action plans of English councils, each step an immutable event. Reading the register "
                            + "needs no sign-in; commands, raw histories and the audit trail do."));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("Production: a token from the council's OIDC issuer, roles in the configured claim"));
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("Local mode only: demo users officer, scrutiny, auditor, admin"));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean command = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
                if (command) {
                    describeCommand(path, method, operation);
                } else {
                    describeRead(path, operation);
                }
            }));
        };
    }

    private static void describeCommand(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (path.endsWith("/rebuild")) {
            responses.remove("200");
            responses.addApiResponse("202", (ok == null ? new ApiResponse() : ok)
                    .description("The rebuild has started; Location is its status"));
        } else if (CREATES.contains(path)) {
            responses.remove("200");
            responses.addApiResponse("201", (ok == null ? new ApiResponse() : ok)
                    .description("Recorded: {id, version}; Location is the new record, ETag its version")
                    .addHeaderObject("Location", new Header().schema(new StringSchema()))
                    .addHeaderObject("ETag", new Header().schema(new StringSchema())));
        } else if (path.equals("/api/authorities/{authorityId}")) {
            responses.addApiResponse("201", new ApiResponse()
                    .description("A new council was registered; Location is the council, ETag its version")
                    .content(ok == null ? null : ok.getContent())
                    .addHeaderObject("Location", new Header().schema(new StringSchema()))
                    .addHeaderObject("ETag", new Header().schema(new StringSchema())));
        }
        if (ok != null && responses.containsKey("200") && !path.startsWith("/api/imports")) {
            ok.description("Recorded: {id, version}; ETag is the record's version after the command")
                    .addHeaderObject("ETag", new Header().schema(new StringSchema()));
        }
        if (!path.startsWith("/api/imports") && !path.startsWith("/api/admin")) {
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("\"N\": refuse with 412 VERSION_MISMATCH unless the record is at version N")
                    .schema(new StringSchema()));
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("A retry with the same key and body returns the first answer and records "
                            + "nothing new; the same key with another body is 409 IDEMPOTENCY_KEY_REUSED")
                    .schema(new StringSchema().maxLength(100)));
        }
        COMMAND_PROBLEMS.forEach((status, description) -> responses.addApiResponse(status, problem(description)));
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("415", problem(path.startsWith("/api/imports")
                    ? "The page is not sent as text/plain; nothing was recorded (UNSUPPORTED_MEDIA_TYPE)"
                    : "The body is not declared JSON (application/json or a +json type); nothing was recorded "
                            + "(UNSUPPORTED_MEDIA_TYPE)"));
        }
        operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
        operation.addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    private static void describeRead(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("400", problem("An invalid query parameter, named in errors (VALIDATION_FAILED)"));
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("No record with that id (NOT_FOUND)"));
        }
        if (!path.startsWith("/feeds/")) {
            // a feed is answered in Atom whatever the client accepts
            responses.addApiResponse("406", problem("The client accepts none of the types this answers in"));
        }
        boolean signedIn = path.startsWith("/api/audit") || path.startsWith("/api/admin")
                || path.startsWith("/api/imports")
                || (path.endsWith("/history") && !path.startsWith("/api/action-plans/{id}/actions/"));
        if (signedIn) {
            responses.addApiResponse("401", problem("Not signed in (NOT_SIGNED_IN)"));
            responses.addApiResponse("403", problem("The signed-in role may not read this (ROLE_NOT_ALLOWED)"));
            operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
            operation.addSecurityItem(new SecurityRequirement().addList("basic"));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema());
        error.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details with a stable code");
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().description("UPPER_SNAKE, stable"));
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }
}
