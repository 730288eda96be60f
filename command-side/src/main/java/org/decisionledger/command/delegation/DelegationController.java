package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.ExerciseDelegatedAuthority;
import org.decisionledger.kernel.delegation.RevokeDelegation;
import org.decisionledger.kernel.delegation.SubDelegateAuthority;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/delegations")
@Tag(name = "Delegated authority", description = "Delegations, sub-delegations, revocations and exercises")
class DelegationController {

    private static final int LONG_TEXT = 20000;
    /** A scope tag: a short name of a matter, compared without regard to case. */
    private static final String TAG = "[A-Za-z0-9][A-Za-z0-9 ._/-]{0,79}";

    private final CommandDispatcher commands;
    private final IdentifierSource identifiers;

    DelegationController(CommandDispatcher commands, IdentifierSource identifiers) {
        this.commands = commands;
        this.identifiers = identifiers;
    }

    @PostMapping
    @Operation(summary = "Delegate authority to an officer post (OFFICER)",
            description = "By a decision of the council (sourceDecisionId, which must have been taken: a delegation "
                    + "takes force only once that decision takes effect) or by a standing scheme of delegation "
                    + "(no sourceDecisionId). scopeTags optionally name the matters the scope covers; an exercise "
                    + "naming another matter is refused with OUTSIDE_DELEGATED_SCOPE. 404 UNKNOWN_AUTHORITY or "
                    + "UNKNOWN_DECISION; 409 SOURCE_DECISION_NOT_TAKEN or SOURCE_DECISION_VOID.")
    ResponseEntity<Map<String, Object>> delegate(@Valid @RequestBody DelegateAuthorityRequest request) {
        AuthorityId authorityId = FieldValues.typed("authorityId", request.authorityId(), AuthorityId::new);
        DecisionId source = request.sourceDecisionId() == null ? null
                : FieldValues.typed("sourceDecisionId", request.sourceDecisionId(), DecisionId::new);
        return commands.created(new DelegateAuthority(new DelegationId(identifiers.newIdentifier()), authorityId,
                source, trimmed(request.resolution()), request.delegate().strip(), request.scope().strip(),
                tags(request.scopeTags()), trimmed(request.conditions()), request.validFrom(), request.validUntil()),
                "/api/delegations/");
    }

    @PostMapping("/{id}/sub-delegations")
    @Operation(summary = "Sub-delegate part of a delegation (OFFICER)",
            description = "Creates a delegation whose parent is {id}. Its period must lie within the parent's: it "
                    + "cannot predate it (400 validFrom) or outlive it (400 validUntil); with no validUntil it ends "
                    + "with the parent. With no scopeTags it keeps the parent's; tags the parent does not list are "
                    + "refused with 409 OUTSIDE_DELEGATED_SCOPE. 409 DELEGATION_NOT_IN_FORCE when the parent has "
                    + "ended by validFrom; 409 SOURCE_DECISION_VOID when the chain's decision was rejected, "
                    + "withdrawn or revoked.")
    ResponseEntity<Map<String, Object>> subDelegate(@PathVariable String id,
            @Valid @RequestBody SubDelegationRequest request) {
        return commands.created(new SubDelegateAuthority(delegationId(id), new DelegationId(identifiers.newIdentifier()),
                request.delegate().strip(), request.scope().strip(), tags(request.scopeTags()),
                trimmed(request.conditions()), request.validFrom(), request.validUntil()), "/api/delegations/");
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke a delegation (OFFICER)",
            description = "Not in force from revokedOn; every sub-delegation beneath it ends from the same day, "
                    + "recorded on each. 409 DELEGATION_ALREADY_REVOKED or DELEGATION_EXPIRED.")
    ResponseEntity<Map<String, Object>> revoke(@PathVariable String id, @Valid @RequestBody RevocationRequest request) {
        return commands.ok(new RevokeDelegation(delegationId(id), request.revokedOn(), request.reason().strip()));
    }

    @PostMapping("/{id}/exercises")
    @Operation(summary = "Record an exercise of delegated authority (OFFICER)",
            description = "exercisedBy is the post or person who acted; who recorded it is the signed-in user. "
                    + "Refused, and the refusal recorded, with 409 DELEGATION_NOT_IN_FORCE (outside the period, on or "
                    + "after a revocation, or before the source decision took effect) or OUTSIDE_DELEGATED_SCOPE "
                    + "(scopeTag not among the delegation's scope tags). decisionId names the officer decision the "
                    + "exercise produced (404 UNKNOWN_DECISION if it is not in the ledger).")
    ResponseEntity<Map<String, Object>> exercise(@PathVariable String id, @Valid @RequestBody ExerciseRequest request) {
        DecisionId decisionId = request.decisionId() == null ? null
                : FieldValues.typed("decisionId", request.decisionId(), DecisionId::new);
        return commands.ok(new ExerciseDelegatedAuthority(delegationId(id), request.exercisedOn(),
                request.exercisedBy().strip(), request.summary().strip(), decisionId,
                request.scopeTag() == null ? null : tag(request.scopeTag())));
    }

    private static DelegationId delegationId(String raw) {
        return FieldValues.typed("id", raw, DelegationId::new);
    }

    private static List<String> tags(List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(DelegationController::tag).distinct().toList();
    }

    private static String tag(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record DelegateAuthorityRequest(
            @NotBlank @Size(max = 100) String authorityId,
            @Size(max = 100) String sourceDecisionId,
            @Size(max = 50) String resolution,
            @NotBlank @Size(max = 300) String delegate,
            @NotBlank @Size(max = LONG_TEXT) String scope,
            @Size(max = 50) List<@NotNull @Pattern(regexp = TAG) String> scopeTags,
            @Size(max = LONG_TEXT) String conditions,
            @NotNull LocalDate validFrom,
            LocalDate validUntil) {
    }

    record SubDelegationRequest(
            @NotBlank @Size(max = 300) String delegate,
            @NotBlank @Size(max = LONG_TEXT) String scope,
            @Size(max = 50) List<@NotNull @Pattern(regexp = TAG) String> scopeTags,
            @Size(max = LONG_TEXT) String conditions,
            @NotNull LocalDate validFrom,
            LocalDate validUntil) {
    }

    record RevocationRequest(
            @NotNull LocalDate revokedOn,
            @NotBlank @Size(max = LONG_TEXT) String reason) {
    }

    record ExerciseRequest(
            @NotNull LocalDate exercisedOn,
            @NotBlank @Size(max = 300) String exercisedBy,
            @NotBlank @Size(max = LONG_TEXT) String summary,
            @Size(max = 100) String decisionId,
            @Pattern(regexp = TAG) String scopeTag) {
    }
}
