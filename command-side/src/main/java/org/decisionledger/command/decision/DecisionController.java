package org.decisionledger.command.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.ProposeDecision;
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
@RequestMapping("/api/decisions")
@Tag(name = "Decisions", description = "The forward plan, the decision record, publication and call-in")
class DecisionController {

    private final CommandDispatcher commands;
    private final IdentifierSource identifiers;
    private final BusinessDay businessDay;

    DecisionController(CommandDispatcher commands, IdentifierSource identifiers, BusinessDay businessDay) {
        this.commands = commands;
        this.identifiers = identifiers;
        this.businessDay = businessDay;
    }

    @PostMapping
    @Operation(summary = "Propose a decision (OFFICER)")
    ResponseEntity<Map<String, Object>> propose(@Valid @RequestBody ProposeDecisionRequest request) {
        AuthorityId authorityId = FieldValues.typed("authorityId", request.authorityId(), AuthorityId::new);
        ProposeDecision command = new ProposeDecision(new DecisionId(identifiers.newIdentifier()), authorityId,
                request.reference(), request.title().strip(), request.decisionMaker().strip(), request.keyDecision(),
                request.keyDecisionReasons(), request.wardsAffected(), request.leadMember(), request.leadOfficer(),
                request.department(), request.contact(), request.proposedDecision(), request.decisionDue(),
                businessDay.today());
        return commands.created(command, "/api/decisions/");
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
            LocalDate decisionDue) {
    }
}
