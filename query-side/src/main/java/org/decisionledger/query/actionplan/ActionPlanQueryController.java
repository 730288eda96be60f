package org.decisionledger.query.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.query.actionplan.ActionPlanTracker.OverdueAction;
import org.decisionledger.query.common.NotFoundInRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/action-plans")
@Validated
@Tag(name = "Action plans")
class ActionPlanQueryController {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final ActionPlanRegister register;
    private final ActionPlanHistory history;
    private final Clock clock;

    ActionPlanQueryController(ActionPlanRegister register, ActionPlanHistory history, Clock clock) {
        this.register = register;
        this.history = history;
        this.clock = clock;
    }

    /** A plan as listed for its council. */
    record PlanSummary(String id, String authorityId, String title, ActionPlanKind kind, String sourceDecisionId,
            String sourceScrutinyItemId, LocalDate createdOn, int actions, Map<ActionStatus, Integer> statusCounts, int actionsWithoutStatus,
            long version) {

        static PlanSummary of(ActionPlanTracker plan) {
            return new PlanSummary(plan.id(), plan.authorityId(), plan.title(), plan.kind(), plan.sourceDecisionId(),
                    plan.sourceScrutinyItemId(), plan.createdOn(), plan.actions().size(), plan.statusCounts(), plan.actionsWithoutStatus(),
                    plan.version());
        }
    }

    /** The tracker with the actions overdue on {@code asOf}. */
    record TrackerView(@JsonUnwrapped ActionPlanTracker plan, LocalDate asOf, List<OverdueAction> overdueActions) {
    }

    record ActionHistory(String planId, String ref, List<ActionHistoryEntry> entries) {
    }

    @GetMapping
    @Operation(summary = "Action plans, newest first, of one council when authority is given",
            description = "scrutinyItem keeps only the plans that name that scrutiny item as the one that called "
                    + "for them (sourceScrutinyItemId).")
    List<PlanSummary> plans(@RequestParam(required = false) @Size(max = 63) String authority,
            @RequestParam(required = false) @Size(max = 36) String scrutinyItem,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return register.newestFirst(blankAsNull(authority), blankAsNull(scrutinyItem), limit).stream()
                .map(PlanSummary::of).toList();
    }

    private static String blankAsNull(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The tracker: each action with its latest status and its status per review point",
            description = "Also counts per status (latest, and at each review point), the review schedule, review "
                    + "points that passed with actions not updated, and the actions overdue on the day given as on "
                    + "(default today): past their due date and not complete at the latest review point begun by "
                    + "that day (latestStatus is that status). With asOf=<instant>, the tracker as "
                    + "it was recorded at that instant, folded from the events recorded by then.")
    ResponseEntity<TrackerView> tracker(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        ActionPlanTracker plan = (asOf == null ? register.find(id) : history.asOf(id, asOf))
                .orElseThrow(() -> new NotFoundInRegister("Action plan", id));
        LocalDate day = on == null ? LocalDate.now(clock.withZone(COUNCIL_ZONE)) : on;
        return ResponseEntity.ok().eTag("\"" + plan.version() + "\"")
                .body(new TrackerView(plan, day, plan.overdueOn(day)));
    }

    @GetMapping("/{id}/actions/{ref}")
    @Operation(summary = "One action of the tracker")
    TrackerAction action(@PathVariable String id, @PathVariable String ref) {
        ActionPlanTracker plan = register.find(id).orElseThrow(() -> new NotFoundInRegister("Action plan", id));
        return plan.actions().stream().filter(action -> action.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundInRegister("Action", ref));
    }

    @GetMapping("/{id}/actions/{ref}/history")
    @Operation(summary = "An action's full history, oldest first",
            description = "Every status as reported, corrections with what they corrected and why, sub-group "
                    + "updates, evidence and review points missed, each with who recorded it and when.")
    ActionHistory history(@PathVariable String id, @PathVariable String ref) {
        register.find(id).orElseThrow(() -> new NotFoundInRegister("Action plan", id));
        List<ActionHistoryEntry> entries = register.history(id, ref);
        if (entries.isEmpty()) {
            throw new NotFoundInRegister("Action", ref);
        }
        return new ActionHistory(id, ref, entries);
    }
}
