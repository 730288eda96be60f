package org.decisionledger.command.scrutiny;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.scrutiny.RecordScrutinyItem;
import org.decisionledger.kernel.scrutiny.Requirement;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/scrutiny-items")
@Tag(name = "Scrutiny items", description = "Items of scrutiny panels' meetings: what the panel heard, its findings "
        + "and what it said must follow. A panel takes no executive decision, so an item is never a decision.")
class ScrutinyItemController {

    private static final int LONG_TEXT = 20000;
    /** The minutes of one item; a page's lines are cut at 20,000 characters, an item has several. */
    private static final int MINUTES = 200_000;

    private final CommandDispatcher commands;
    private final IdentifierSource identifiers;

    ScrutinyItemController(CommandDispatcher commands, IdentifierSource identifiers) {
        this.commands = commands;
        this.identifiers = identifiers;
    }

    @PostMapping
    @Operation(summary = "Record an item of a scrutiny panel's meeting (SCRUTINY or OFFICER)",
            description = "committee is the panel as the council names it; itemNumber the item's number on the "
                    + "published agenda; summary the minutes; findings one entry per finding; requirements what "
                    + "must follow, each with dueBy when the minutes give or imply a day. 404 UNKNOWN_AUTHORITY. "
                    + "An action plan that answers the item names it in sourceScrutinyItemId.")
    ResponseEntity<Map<String, Object>> record(@Valid @RequestBody ScrutinyItemRequest request) {
        AuthorityId authorityId = FieldValues.typed("authorityId", request.authorityId(), AuthorityId::new);
        List<String> findings = request.findings() == null ? List.of()
                : request.findings().stream().map(String::strip).toList();
        List<Requirement> requirements = request.requirements() == null ? List.of()
                : request.requirements().stream()
                        .map(requirement -> new Requirement(requirement.text().strip(), requirement.dueBy())).toList();
        return commands.created(new RecordScrutinyItem(new ScrutinyItemId(identifiers.newIdentifier()), authorityId,
                request.committee().strip(), request.meetingDate(), trimmed(request.itemNumber()),
                request.title().strip(), trimmed(request.summary()), findings, requirements),
                "/api/scrutiny-items/");
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ScrutinyItemRequest(
            @NotBlank @Size(max = 100) String authorityId,
            @NotBlank @Size(max = 300) String committee,
            @NotNull LocalDate meetingDate,
            @Size(max = 30) String itemNumber,
            @NotBlank @Size(max = 500) String title,
            @Size(max = MINUTES) String summary,
            @Size(max = 200) List<@NotBlank @Size(max = LONG_TEXT) String> findings,
            @Size(max = 100) List<@NotNull @Valid RequirementRequest> requirements) {
    }

    record RequirementRequest(
            @NotBlank @Size(max = LONG_TEXT) String text,
            LocalDate dueBy) {
    }
}
