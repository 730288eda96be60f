package org.decisionledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.decisionledger.query.common.NotFoundInRegister;
import org.decisionledger.query.delegation.DelegationRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Decisions")
class DecisionQueryController {

    private final DecisionRegister register;
    private final DecisionHistory history;
    private final DelegationRegister delegations;

    DecisionQueryController(DecisionRegister register, DecisionHistory history, DelegationRegister delegations) {
        this.register = register;
        this.history = history;
        this.delegations = delegations;
    }

    /** The statuses a decision's view can have (DecisionViewFolding); anything else finds nothing, so it is refused. */
    static final String STATUSES = "PROPOSED|ON_FORWARD_PLAN|APPROVED|REJECTED|DEFERRED|WITHDRAWN|PUBLISHED|CALLED_IN"
            + "|REFERRED_BACK|REFERRED_TO_FULL_COUNCIL|EFFECTIVE|REVOKED";

    @GetMapping("/api/decisions")
    @Operation(summary = "A page of the decision register, newest first")
    DecisionRegister.Page<DecisionView> search(
            @RequestParam(required = false) @Size(max = 63) String authority,
            @RequestParam(required = false) @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
            String status,
            @RequestParam(required = false) Boolean keyDecision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        DecisionRegister.Page<DecisionView> found = register.search(new DecisionRegister.Filter(authority, status,
                keyDecision, from, to, q == null || q.isBlank() ? null : q.strip()), page, size);
        Map<String, List<String>> granted = delegations.grantedBy(
                found.items().stream().map(DecisionView::id).toList());
        return new DecisionRegister.Page<>(found.items().stream()
                .map(view -> view.withDelegations(granted.getOrDefault(view.id(), List.of()))).toList(),
                found.page(), found.size(), found.total());
    }

    @GetMapping("/api/decisions/{decisionId}")
    @Operation(summary = "A decision as the register shows it now, or as it was recorded at an instant (asOf)")
    ResponseEntity<DecisionView> decision(@PathVariable String decisionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        DecisionView view = (asOf == null ? register.find(decisionId) : history.asOf(decisionId, asOf))
                .orElseThrow(() -> new NotFoundInRegister("Decision", decisionId))
                .withDelegations(delegations.grantedBy(decisionId, asOf));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/api/decisions/{decisionId}/call-ins/{callInId}")
    @Operation(summary = "One call-in of a decision, raised or refused, with its outcome once decided",
            description = "The Location a raised call-in answers with.")
    DecisionView.CallIn callIn(@PathVariable String decisionId, @PathVariable String callInId) {
        return register.find(decisionId)
                .orElseThrow(() -> new NotFoundInRegister("Decision", decisionId))
                .callIns().stream()
                .filter(callIn -> callIn.id().equals(callInId))
                .findFirst()
                .orElseThrow(() -> new NotFoundInRegister("Call-in", callInId));
    }

    @GetMapping("/api/decisions/{decisionId}/timeline")
    @Operation(summary = "A decision's business timeline, oldest first",
            description = "The whole timeline, or with size (and page, from 0) one page of it: a decision can "
                    + "gather thousands of entries, and a page costs the same however many there are.")
    List<DecisionRegister.TimelineEntry> timeline(@PathVariable String decisionId,
            @RequestParam(required = false) @Min(0) @Max(1000000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(1000) Integer size) {
        register.find(decisionId).orElseThrow(() -> new NotFoundInRegister("Decision", decisionId));
        if (size == null) {
            return page == null ? register.timeline(decisionId) : register.timeline(decisionId, page, 20);
        }
        return register.timeline(decisionId, page == null ? 0 : page, size);
    }

    @GetMapping("/api/forward-plan")
    @Operation(summary = "Key decisions not yet taken, with their earliest lawful dates")
    List<DecisionView> forwardPlan(@RequestParam(required = false) @Size(max = 63) String authority) {
        return register.forwardPlan(authority);
    }

    @GetMapping("/api/call-ins")
    @Operation(summary = "The call-in register: open and closed call-ins")
    List<DecisionRegister.CallInEntry> callIns(@RequestParam(required = false) @Size(max = 63) String authority,
            @RequestParam(required = false) Boolean open) {
        return register.callIns(authority, open);
    }

    @GetMapping(value = "/api/calendar.ics", produces = "text/calendar")
    @Operation(summary = "An iCalendar feed of decision due dates, call-in closing dates and effective dates")
    ResponseEntity<String> calendar(@RequestParam(required = false) @Size(max = 63) String authority) {
        String name = authority == null ? "Decision Ledger" : "Decision Ledger: " + authority;
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(CalendarFeed.render(name,
                        ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(),
                        register.dated(authority)));
    }
}
