package org.decisionledger.command.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.CallInExemption;
import org.decisionledger.kernel.decision.CallInId;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DeferDecision;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.RaiseCallIn;
import org.decisionledger.kernel.decision.ReconsiderDecision;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.decisionledger.kernel.decision.RecordCallInOutcome;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.decisionledger.kernel.decision.RecordSpecialUrgency;
import org.decisionledger.kernel.decision.RejectDecision;
import org.decisionledger.kernel.decision.Resolution;
import org.decisionledger.kernel.decision.WithdrawDecision;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/decisions")
@Tag(name = "Decisions", description = "The forward plan, the decision record, publication and call-in")
class DecisionController {

    private static final int LONG_TEXT = 20000;

    private final CommandDispatcher commands;
    private final IdentifierSource identifiers;
    private final BusinessDay businessDay;
    private final java.time.Duration lateEntryGrace;

    DecisionController(CommandDispatcher commands, IdentifierSource identifiers, BusinessDay businessDay,
            @org.springframework.beans.factory.annotation.Value("${decision-ledger.decisions.late-entry-grace:PT1H}")
            java.time.Duration lateEntryGrace) {
        this.lateEntryGrace = lateEntryGrace;
        this.commands = commands;
        this.identifiers = identifiers;
        this.businessDay = businessDay;
    }

    @PostMapping
    @Operation(summary = "Propose a decision (OFFICER)",
            description = "proposedOn dates the proposal (default: today); it may not be after today. A decision "
                    + "entered after the fact gives it, since no step may be dated before the proposal "
                    + "(409 DATED_BEFORE_PROPOSAL) and the timeline reads oldest first.")
    ResponseEntity<Map<String, Object>> propose(@Valid @RequestBody ProposeDecisionRequest request) {
        AuthorityId authorityId = FieldValues.typed("authorityId", request.authorityId(), AuthorityId::new);
        ProposeDecision command = new ProposeDecision(new DecisionId(identifiers.newIdentifier()), authorityId,
                request.reference(), request.title().strip(), request.decisionMaker().strip(), request.keyDecision(),
                request.keyDecisionReasons(), request.wardsAffected(), request.leadMember(), request.leadOfficer(),
                request.department(), request.contact(), request.proposedDecision(), request.decisionDue(),
                request.proposedOn(), businessDay.today());
        return commands.created(command, "/api/decisions/");
    }

    @PostMapping("/{id}/notice")
    @Operation(summary = "Publish, or re-publish when re-dated, the forward-plan notice of a key decision (OFFICER)",
            description = "The first notice fixes the date the notice period runs from; a later one records "
                    + "the re-publication and keeps it. The answer includes earliestDecisionDate. Dated before the "
                    + "proposal: 409 DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> publishNotice(@PathVariable String id,
            @Valid @RequestBody NoticeRequest request) {
        return commands.ok(new PublishKeyDecisionNotice(decisionId(id), request.firstPublished()));
    }

    @PostMapping("/{id}/general-exception")
    @Operation(summary = "Record use of the general exception for a key decision (OFFICER)",
            description = "The answer includes earliestDecisionDate: the later of the notice day and the day the "
                    + "scrutiny chair was told, + clear days + 1. A key decision taken before it (and before its "
                    + "forward-plan notice ran) is refused with 409 NOTICE_PERIOD_NOT_MET, recorded. Either date before "
                    + "the proposal: 409 DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> recordGeneralException(@PathVariable String id,
            @Valid @RequestBody GeneralExceptionRequest request) {
        return commands.ok(new RecordGeneralException(decisionId(id), request.chairNotifiedOn(),
                request.publishedOn(), request.reasons().strip()));
    }

    @PostMapping("/{id}/special-urgency")
    @Operation(summary = "Record that special urgency was agreed for a key decision (OFFICER)",
            description = "Agreed before the proposal: 409 DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> recordSpecialUrgency(@PathVariable String id,
            @Valid @RequestBody SpecialUrgencyRequest request) {
        return commands.ok(new RecordSpecialUrgency(decisionId(id), request.agreedBy().strip(), request.agreedOn(),
                request.reasons().strip()));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Record that the decision maker approved the recommendations (OFFICER)",
            description = "A key decision taken before its notice period ran, with no general exception or "
                    + "special urgency that allows it, is refused with 409 NOTICE_PERIOD_NOT_MET and the refusal "
                    + "is recorded. Dated before the decision's latest deferral: 409 DECIDED_BEFORE_DEFERRAL; before the proposal: 409 "
                    + "DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request) {
        return commands.ok(new ApproveRecommendations(decisionId(id), request.decidedOn(), trimmed(request.decidedAt()),
                resolutions(request.resolutions()), trimmed(request.reasons()), trimmed(request.alternativesRejected()),
                trimmed(request.conflictsOfInterest()), trimmed(request.dispensations())));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Record that the decision maker rejected the recommendations (OFFICER)",
            description = "Dated before the decision's latest deferral: 409 DECIDED_BEFORE_DEFERRAL; before the proposal: 409 "
                    + "DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> reject(@PathVariable String id, @Valid @RequestBody DecidedRequest request) {
        return commands.ok(new RejectDecision(decisionId(id), request.decidedOn(), request.reasons().strip()));
    }

    @PostMapping("/{id}/deferral")
    @Operation(summary = "Record that the decision was deferred; it can still be taken later (OFFICER)",
            description = "Dated before the decision's latest deferral: 409 DECIDED_BEFORE_DEFERRAL; before the proposal: 409 "
                    + "DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> defer(@PathVariable String id, @Valid @RequestBody DecidedRequest request) {
        return commands.ok(new DeferDecision(decisionId(id), request.decidedOn(), request.reasons().strip()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw the item for good (OFFICER)",
            description = "Dated before the decision's latest deferral: 409 DECIDED_BEFORE_DEFERRAL; before the proposal: 409 "
                    + "DATED_BEFORE_PROPOSAL.")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable String id, @Valid @RequestBody DecidedRequest request) {
        return commands.ok(new WithdrawDecision(decisionId(id), request.decidedOn(), request.reasons().strip()));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the decision record (OFFICER)",
            description = "Opens the call-in window under the council's rule in force on publishedOn; the answer "
                    + "includes callInClosesOn, callInClosesAt (the closing instant, ISO-8601 UTC, as /dates gives "
                    + "it) and effectiveFrom. A decision not subject to call-in needs callInExemption {reason, "
                    + "consentedBy} and takes effect on publication; its callInClosesOn and callInClosesAt are null. "
                    + "Dated before the decision: 409 PUBLICATION_BEFORE_DECISION.")
    ResponseEntity<Map<String, Object>> publish(@PathVariable String id,
            @Valid @RequestBody PublicationRequest request) {
        CallInExemption exemption = request.callInExemption() == null ? null
                : new CallInExemption(request.callInExemption().reason().strip(),
                        request.callInExemption().consentedBy().strip());
        return commands.ok(new PublishDecision(decisionId(id), request.publishedOn(), request.subjectToCallIn(),
                exemption, businessDay.now().plus(lateEntryGrace)));
    }

    @PostMapping("/{id}/call-ins")
    @Operation(summary = "Call in a published decision (SCRUTINY)",
            description = "201 with the call-in's id. Refused with 409 CALL_IN_WINDOW_CLOSED, TOO_FEW_SIGNATORIES or "
                    + "NOT_SUBJECT_TO_CALL_IN (each refusal recorded), DECISION_NOT_PUBLISHED, "
                    + "CALL_IN_BEFORE_PUBLICATION or DECISION_ALREADY_CALLED_IN.")
    ResponseEntity<Map<String, Object>> raiseCallIn(@PathVariable String id,
            @Valid @RequestBody RaiseCallInRequest request) {
        DecisionId decisionId = decisionId(id);
        CallInId callInId = new CallInId(identifiers.newIdentifier());
        CommandAccepted accepted = commands.send(new RaiseCallIn(decisionId, callInId, request.raisedOn(),
                request.signatories().stream().map(String::strip).toList(), request.grounds().strip()));
        return CommandDispatcher.answer(HttpStatus.CREATED, accepted,
                UriComponentsBuilder.fromPath("/api/decisions/{id}/call-ins/{callInId}")
                        .buildAndExpand(decisionId.value(), accepted.id()).encode().toUri());
    }

    @PostMapping("/{id}/call-ins/{callInId}/outcome")
    @Operation(summary = "Record the outcome of a call-in (SCRUTINY)",
            description = "The scrutiny committee's outcome; after REFER_TO_FULL_COUNCIL, the full council's outcome "
                    + "is recorded here too (NO_FURTHER_ACTION or REFER_BACK_TO_DECISION_MAKER). NO_FURTHER_ACTION "
                    + "makes the decision effective from decidedOn. A call-in never raised on the decision is 404 "
                    + "CALL_IN_UNKNOWN; one refused when it was raised is 409 CALL_IN_REFUSED; also 409 "
                    + "CALL_IN_OUTCOME_ALREADY_RECORDED, OUTCOME_BEFORE_CALL_IN, OUTCOME_BEFORE_REFERRAL or "
                    + "ALREADY_REFERRED_TO_FULL_COUNCIL. Nothing is recorded when refused.")
    ResponseEntity<Map<String, Object>> recordCallInOutcome(@PathVariable String id, @PathVariable String callInId,
            @Valid @RequestBody CallInOutcomeRequest request) {
        return commands.ok(new RecordCallInOutcome(decisionId(id),
                FieldValues.typed("callInId", callInId, CallInId::new), request.decidedOn(),
                trimmed(request.meeting()), request.outcome(), trimmed(request.notes())));
    }

    @PostMapping("/{id}/reconsideration")
    @Operation(summary = "Record the decision maker's reconsideration of a decision referred back (OFFICER)",
            description = "CONFIRMED or AMENDED (with the amended resolutions) makes the decision effective from "
                    + "decidedOn; REVOKED ends it.")
    ResponseEntity<Map<String, Object>> reconsider(@PathVariable String id,
            @Valid @RequestBody ReconsiderationRequest request) {
        return commands.ok(new ReconsiderDecision(decisionId(id), request.decidedOn(), request.outcome(),
                resolutions(request.resolutions()), trimmed(request.reasons())));
    }

    private static DecisionId decisionId(String raw) {
        return FieldValues.typed("id", raw, DecisionId::new);
    }

    private static List<Resolution> resolutions(List<ResolutionRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(ResolutionRequest::toResolution).toList();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    record ProposeDecisionRequest(
            @NotBlank @Size(max = 100) String authorityId,
            @Size(max = 100) String reference,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String decisionMaker,
            @NotNull Boolean keyDecision,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> keyDecisionReasons,
            @Size(max = 200) List<@NotBlank @Size(max = 200) String> wardsAffected,
            @Size(max = 200) String leadMember,
            @Size(max = 200) String leadOfficer,
            @Size(max = 200) String department,
            @Size(max = 500) String contact,
            @Size(max = 20000) String proposedDecision,
            LocalDate decisionDue,
            @Schema(description = "The day the decision was proposed, for a decision entered after the fact; "
                    + "not after today (Europe/London). Default: today. A notice, general exception, special "
                    + "urgency, approval, rejection, deferral or withdrawal dated before it is refused with "
                    + "409 DATED_BEFORE_PROPOSAL.", example = "2024-01-15")
            LocalDate proposedOn) {
    }

    record NoticeRequest(@NotNull LocalDate firstPublished) {
    }

    record GeneralExceptionRequest(
            @NotNull LocalDate chairNotifiedOn,
            @NotNull LocalDate publishedOn,
            @NotBlank @Size(max = LONG_TEXT) String reasons) {
    }

    record SpecialUrgencyRequest(
            @NotBlank @Size(max = 200) String agreedBy,
            @NotNull LocalDate agreedOn,
            @NotBlank @Size(max = LONG_TEXT) String reasons) {
    }

    /** A resolution and its sub-items, so "(e)" with "(i)" and "(ii)" under it keeps its shape. */
    record ResolutionRequest(
            @Size(max = 20) String label,
            @NotBlank @Size(max = LONG_TEXT) String text,
            @Size(max = 100) List<@NotNull @Valid ResolutionRequest> subItems) {

        Resolution toResolution() {
            return new Resolution(trimmed(label), text.strip(), resolutions(subItems));
        }
    }

    record ApprovalRequest(
            @NotNull LocalDate decidedOn,
            @Size(max = 500) String decidedAt,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid ResolutionRequest> resolutions,
            @Size(max = LONG_TEXT) String reasons,
            @Size(max = LONG_TEXT) String alternativesRejected,
            @Size(max = LONG_TEXT) String conflictsOfInterest,
            @Size(max = LONG_TEXT) String dispensations) {
    }

    record DecidedRequest(
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = LONG_TEXT) String reasons) {
    }

    record CallInExemptionRequest(
            @NotBlank @Size(max = LONG_TEXT) String reason,
            @NotBlank @Size(max = 200) String consentedBy) {
    }

    record PublicationRequest(
            @NotNull LocalDate publishedOn,
            @NotNull Boolean subjectToCallIn,
            @Valid CallInExemptionRequest callInExemption) {
    }

    record RaiseCallInRequest(
            @NotNull LocalDate raisedOn,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> signatories,
            @NotBlank @Size(max = LONG_TEXT) String grounds) {
    }

    record CallInOutcomeRequest(
            @NotNull LocalDate decidedOn,
            @Size(max = 500) String meeting,
            @NotNull CallInOutcome outcome,
            @Size(max = LONG_TEXT) String notes) {
    }

    record ReconsiderationRequest(
            @NotNull LocalDate decidedOn,
            @NotNull ReconsiderationOutcome outcome,
            @Size(max = 200) List<@NotNull @Valid ResolutionRequest> resolutions,
            @Size(max = LONG_TEXT) String reasons) {
    }
}
