package org.decisionledger.command.importing;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.decisionledger.kernel.common.UnknownResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Published council pages turned into the commands an officer would send")
class ImportController {

    private final ModernGovImporter moderngov;
    private final ActionPlanImporter actionPlans;
    private final ImportLog log;

    ImportController(ModernGovImporter moderngov, ActionPlanImporter actionPlans, ImportLog log) {
        this.moderngov = moderngov;
        this.actionPlans = actionPlans;
        this.log = log;
    }

    @PostMapping(path = "/moderngov", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Import a ModernGov decision-details, decision-listing or forward-plan issue page (OFFICER)",
            description = "The page's text as text/plain (UTF-8). Answers {importId, dryRun, sourceHash, counts, "
                    + "records: [{kind: decision-record | forward-plan, id, title, decisionMaker, decisionStatus, "
                    + "keyDecision, subjectToCallIn, publicationDate, dateOfDecision, effectiveFrom, firstPublished, "
                    + "decisionDue, impliedCallInWorkingDays, flags, ..., raw, commands}]}. A field the page does not "
                    + "show is null. Flags: PUBLICATION_BEFORE_DECISION, EFFECTIVE_BEFORE_PUBLICATION, "
                    + "URGENCY_PROCEDURE, GENERAL_EXCEPTION, MONTH_PRECISION_DUE_DATE, "
                    + "EFFECTIVE_DATE_DISAGREES_WITH_RULE and others (see ImportFlag). dryRun=true records nothing; "
                    + "dryRun=false proposes, gives notice, approves, publishes and records the delegations the "
                    + "resolutions name, each command carrying importId and sourceHash; importing the same page "
                    + "again records nothing new. 400 for an empty body, binary content or a page with no "
                    + "recognisable record; 404 UNKNOWN_AUTHORITY; 409 IMPORT_IN_PROGRESS while another import for "
                    + "the council runs (nothing sent: send the page again). An import that fails part-way is "
                    + "still in the import log with what it had sent and failed: its code.")
    Map<String, Object> importModernGov(@RequestParam @NotBlank @Size(max = 100) String authority,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestBody(required = false) byte[] body,
            Principal principal) {
        return moderngov.importPage(authority, PageText.of(body), dryRun, ImportOrigin.signedIn(principal.getName()));
    }

    @PostMapping(path = "/action-plan", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Import an action-plan tracker page (OFFICER)",
            description = "The page's text as text/plain, in the format of seed 002. Answers the plan as parsed "
                    + "(priorities, sub-areas, actions, leads, statuses per review point with their normalised "
                    + "meaning, sub-group updates, evidence) and what became of each command. dryRun=false creates "
                    + "the plan through the same commands an officer sends; importing again records nothing new. "
                    + "409 IMPORT_IN_PROGRESS while another import for the council runs (nothing sent).")
    Map<String, Object> importActionPlan(@RequestParam @NotBlank @Size(max = 100) String authority,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestBody(required = false) byte[] body,
            Principal principal) {
        return actionPlans.importPage(authority, PageText.of(body), dryRun, ImportOrigin.signedIn(principal.getName()));
    }

    @GetMapping("/{importId}")
    @Operation(summary = "An import as it was answered: every record with its raw values and its commands "
            + "(OFFICER or AUDITOR)")
    ResponseEntity<Map<String, Object>> find(@PathVariable @Size(max = 36) String importId) {
        return ResponseEntity.ok(log.find(importId)
                .orElseThrow(() -> new UnknownResource("UNKNOWN_IMPORT", "There is no import with this id")));
    }

    @GetMapping
    @Operation(summary = "The most recent imports, newest first (OFFICER or AUDITOR)",
            description = "Each entry: {importId, kind: moderngov | action-plan | agenda-item, authorityId, source, "
                    + "sourceHash, actor, importedAt, commandsRecorded}. agenda-item entries are the local profile's "
                    + "seeds 001 and 003, entered by their commands; their answer lists under supplements every "
                    + "command that carries facts the page does not state, with the address they were read from.")
    List<Map<String, Object>> list(@RequestParam(required = false) @Size(max = 100) String authority,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return log.list(authority, limit);
    }
}
