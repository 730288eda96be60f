package org.decisionledger.command.actionplan;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.AddAction;
import org.decisionledger.kernel.actionplan.AddPriority;
import org.decisionledger.kernel.actionplan.CiteEvidence;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.actionplan.Rag;
import org.decisionledger.kernel.actionplan.RecordSubGroupUpdate;
import org.decisionledger.kernel.actionplan.ScheduleReviews;
import org.decisionledger.kernel.actionplan.UpdateActionStatus;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/action-plans")
@Tag(name = "Action plans", description = "Written Statements of Action, Accelerated Progress Plans, priority "
        + "action plans and improvement plans: priorities, actions, leads and their status at each review point")
class ActionPlanController {

    private static final int LONG_TEXT = 20000;
    private static final int REF = 30;

    private final CommandDispatcher commands;
    private final IdentifierSource identifiers;
    private final BusinessDay businessDay;

    ActionPlanController(CommandDispatcher commands, IdentifierSource identifiers, BusinessDay businessDay) {
        this.commands = commands;
        this.identifiers = identifiers;
        this.businessDay = businessDay;
    }

    @PostMapping
    @Operation(summary = "Create an action plan (OFFICER)",
            description = "sourceDecisionId, when given, must be a decision of the same council (404 UNKNOWN_DECISION, "
                    + "409 DECISION_OF_ANOTHER_AUTHORITY); sourceScrutinyItemId, when given, a scrutiny item of the "
                    + "same council that called for the plan (404 UNKNOWN_SCRUTINY_ITEM, 409 "
                    + "SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY). The inspection fields record what the plan answers and "
                    + "when it had to be submitted.")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateActionPlanRequest request) {
        AuthorityId authorityId = FieldValues.typed("authorityId", request.authorityId(), AuthorityId::new);
        DecisionId sourceDecisionId = request.sourceDecisionId() == null ? null
                : FieldValues.typed("sourceDecisionId", request.sourceDecisionId(), DecisionId::new);
        ScrutinyItemId sourceScrutinyItemId = request.sourceScrutinyItemId() == null ? null
                : FieldValues.typed("sourceScrutinyItemId", request.sourceScrutinyItemId(), ScrutinyItemId::new);
        return commands.created(new CreateActionPlan(new ActionPlanId(identifiers.newIdentifier()), authorityId,
                request.title().strip(), request.kind(), sourceDecisionId, sourceScrutinyItemId,
                trimmed(request.inspectionReference()),
                request.inspectionPublishedOn(), request.submissionDueBy(), businessDay.today()),
                "/api/action-plans/");
    }

    @PostMapping("/{id}/priorities")
    @Operation(summary = "Add a priority (area of weakness), or a sub-area under one with parentRef (OFFICER)",
            description = "409 DUPLICATE_PRIORITY_REF when the plan already has the ref; 404 UNKNOWN_PRIORITY when "
                    + "parentRef is not a priority of the plan.")
    ResponseEntity<Map<String, Object>> addPriority(@PathVariable String id, @Valid @RequestBody PriorityRequest request) {
        PriorityRef parentRef = request.parentRef() == null ? null
                : FieldValues.typed("parentRef", request.parentRef(), PriorityRef::new);
        return ok(new AddPriority(planId(id), FieldValues.typed("ref", request.ref(), PriorityRef::new), parentRef,
                request.title().strip(), trimmed(request.vision()), businessDay.today()));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Add an action under a priority or sub-area (OFFICER)",
            description = "Answers 201 with the action's address. 409 DUPLICATE_ACTION_REF when the plan already has "
                    + "the ref; 404 UNKNOWN_PRIORITY when priorityRef is not a priority of the plan.")
    ResponseEntity<Map<String, Object>> addAction(@PathVariable String id, @Valid @RequestBody ActionRequest request) {
        ActionPlanId planId = planId(id);
        ActionRef ref = FieldValues.typed("ref", request.ref(), ActionRef::new);
        CommandAccepted accepted = send(new AddAction(planId, ref,
                FieldValues.typed("priorityRef", request.priorityRef(), PriorityRef::new),
                request.description().strip(), request.leads().stream().map(String::strip).toList(),
                trimmed(request.evidenceOfImpact()), request.dueBy(), businessDay.today()));
        return CommandDispatcher.answer(HttpStatus.CREATED, accepted,
                URI.create("/api/action-plans/" + planId.value() + "/actions/" + ref.value()));
    }

    @PostMapping("/{id}/actions/{ref}/status")
    @Operation(summary = "Report an action's status at a review point (OFFICER)",
            description = "reviewPoint is a month (2019-12) or a day (2021-04-20). The words are kept as given and "
                    + "read as NOT_STARTED, IN_PROGRESS, COMPLETE, DELAYED or UNKNOWN; the rating is rag when given, "
                    + "else the one the words name. A review point keeps its first status (409 "
                    + "STATUS_ALREADY_RECORDED): to change it send corrects (the status number) and "
                    + "correctionReason; the corrected status stays in the history. The answer includes "
                    + "statusNumber, status and rag.")
    ResponseEntity<Map<String, Object>> updateStatus(@PathVariable String id, @PathVariable String ref,
            @Valid @RequestBody StatusRequest request) {
        return ok(new UpdateActionStatus(planId(id), actionRef(ref), request.reviewPoint().strip(),
                request.status().strip(), request.rag(), trimmed(request.narrative()), stripped(request.evidence()),
                request.corrects(), trimmed(request.correctionReason()), businessDay.today()));
    }

    @PostMapping("/{id}/actions/{ref}/updates")
    @Operation(summary = "Record a dated sub-group update on an action (OFFICER)",
            description = "date is a month (2021-02) or a day (2021-02-15). 409 SUB_GROUP_UPDATE_ALREADY_RECORDED when "
                    + "the action already has the same words on the same date.")
    ResponseEntity<Map<String, Object>> recordUpdate(@PathVariable String id, @PathVariable String ref,
            @Valid @RequestBody SubGroupUpdateRequest request) {
        return ok(new RecordSubGroupUpdate(planId(id), actionRef(ref), request.date().strip(), request.body().strip(),
                trimmed(request.by()), businessDay.today()));
    }

    @PostMapping("/{id}/actions/{ref}/evidence")
    @Operation(summary = "Cite a named document as evidence for an action (OFFICER)",
            description = "409 EVIDENCE_ALREADY_CITED when the action already cites a document of that name.")
    ResponseEntity<Map<String, Object>> citeEvidence(@PathVariable String id, @PathVariable String ref,
            @Valid @RequestBody EvidenceRequest request) {
        return ok(new CiteEvidence(planId(id), actionRef(ref), request.name().strip(), trimmed(request.location()),
                businessDay.today()));
    }

    @PostMapping("/{id}/review-schedule")
    @Operation(summary = "Set or replace the plan's review schedule (OFFICER)",
            description = "Reviews every everyMonths months from firstReviewPoint (a month or a day, not already "
                    + "over: 409 REVIEW_POINT_PASSED). When a review point is over the ledger records which actions "
                    + "had no status for it. A new schedule cancels the previous one.")
    ResponseEntity<Map<String, Object>> scheduleReviews(@PathVariable String id,
            @Valid @RequestBody ReviewScheduleRequest request) {
        return ok(new ScheduleReviews(planId(id), request.firstReviewPoint().strip(), request.everyMonths(),
                businessDay.today()));
    }

    private ResponseEntity<Map<String, Object>> ok(Object command) {
        return CommandDispatcher.answer(HttpStatus.OK, send(command), null);
    }

    /**
     * Every command but creation is addressed to an existing plan. An id with no history, or with the
     * history of another kind of record (Axon refuses to load that as a plan), is an unknown plan.
     */
    private CommandAccepted send(Object command) {
        try {
            return commands.send(command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw new UnknownResource(ActionPlanRefusalCodes.UNKNOWN_ACTION_PLAN, "There is no action plan with this id");
        }
    }

    private static ActionPlanId planId(String raw) {
        return FieldValues.typed("id", raw, ActionPlanId::new);
    }

    private static ActionRef actionRef(String raw) {
        return FieldValues.typed("ref", raw, ActionRef::new);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    record CreateActionPlanRequest(
            @NotBlank @Size(max = 100) String authorityId,
            @NotBlank @Size(max = 500) String title,
            @NotNull ActionPlanKind kind,
            @Size(max = 100) String sourceDecisionId,
            @Size(max = 100) String sourceScrutinyItemId,
            @Size(max = 500) String inspectionReference,
            LocalDate inspectionPublishedOn,
            LocalDate submissionDueBy) {
    }

    record PriorityRequest(
            @NotBlank @Size(max = REF) String ref,
            @NotBlank @Size(max = 2000) String title,
            @Size(max = LONG_TEXT) String vision,
            @Size(max = REF) String parentRef) {
    }

    record ActionRequest(
            @NotBlank @Size(max = REF) String ref,
            @NotBlank @Size(max = REF) String priorityRef,
            @NotBlank @Size(max = LONG_TEXT) String description,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> leads,
            @Size(max = LONG_TEXT) String evidenceOfImpact,
            LocalDate dueBy) {
    }

    record StatusRequest(
            @NotBlank @Size(max = 10) String reviewPoint,
            @NotBlank @Size(max = 500) String status,
            Rag rag,
            @Size(max = LONG_TEXT) String narrative,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidence,
            @Positive Integer corrects,
            @Size(max = LONG_TEXT) String correctionReason) {
    }

    record SubGroupUpdateRequest(
            @NotBlank @Size(max = 10) String date,
            @NotBlank @Size(max = LONG_TEXT) String body,
            @Size(max = 200) String by) {
    }

    record EvidenceRequest(
            @NotBlank @Size(max = 500) String name,
            @Size(max = 2000) String location) {
    }

    record ReviewScheduleRequest(
            @NotBlank @Size(max = 10) String firstReviewPoint,
            @NotNull @Min(1) @Max(24) Integer everyMonths) {
    }
}
