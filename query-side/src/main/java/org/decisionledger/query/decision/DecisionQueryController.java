package org.decisionledger.query.decision;

import java.time.LocalDate;

import org.decisionledger.query.common.NotFoundInRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/decisions")
@Validated
@Tag(name = "Decisions")
class DecisionQueryController {

    private final DecisionRegister register;

    DecisionQueryController(DecisionRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "A page of the decision register, newest first")
    DecisionRegister.Page<DecisionView> search(
            @RequestParam(required = false) @Size(max = 63) String authority,
            @RequestParam(required = false) @Size(max = 40) String status,
            @RequestParam(required = false) Boolean keyDecision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return register.search(new DecisionRegister.Filter(authority, status, keyDecision, from, to,
                q == null || q.isBlank() ? null : q.strip()), page, size);
    }

    @GetMapping("/{decisionId}")
    @Operation(summary = "A decision as the register shows it now")
    ResponseEntity<DecisionView> decision(@PathVariable String decisionId) {
        DecisionView view = register.find(decisionId).orElseThrow(() -> new NotFoundInRegister("Decision", decisionId));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
