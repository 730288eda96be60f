package org.decisionledger.query.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.decisionledger.query.common.NotFoundInRegister;
import org.decisionledger.query.delegation.DelegationDetails.DelegationDetail;
import org.decisionledger.query.delegation.DelegationDetails.RegisterEntry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Delegated authority")
class DelegationQueryController {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final DelegationRegister register;
    private final DelegationHistory history;
    private final Clock clock;

    DelegationQueryController(DelegationRegister register, DelegationHistory history, Clock clock) {
        this.register = register;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/delegations")
    @Operation(summary = "The delegation register: the delegations in force on a day (asOf), or all of them",
            description = "With asOf=YYYY-MM-DD, only the delegations in force that day: inside their period, not "
                    + "revoked on or before it, and granted by no decision or by one that had taken effect by then. "
                    + "Without it, every delegation with its status today. delegate matches part of the post's name, "
                    + "ignoring case. Each entry carries its chain from the source decision down.")
    List<RegisterEntry> register(
            @RequestParam(required = false) @Size(max = 100) String authority,
            @RequestParam(required = false) @Size(max = 300) String delegate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String name = delegate == null || delegate.isBlank() ? null : delegate.strip();
        LocalDate day = asOf == null ? today() : asOf;
        List<DelegationRegister.Row> rows = asOf == null ? register.all(authority, name)
                : register.inForceOn(asOf, authority, name);
        DelegationDetails.Source source = DelegationDetails.Source.caching(live());
        return rows.stream().map(row -> DelegationDetails.entry(row.view(), source, day)).toList();
    }

    @GetMapping("/api/delegations/{delegationId}")
    @Operation(summary = "A delegation with its chain, what was sub-delegated beneath it, and its exercises",
            description = "chain runs from the source decision down to this delegation. With asOf=<instant>, the "
                    + "delegation, its chain and descendants as they were recorded at that instant, with statuses "
                    + "for that day.")
    ResponseEntity<DelegationDetail> delegation(@PathVariable String delegationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        DelegationDetails.Source source = asOf == null ? live() : recordedBy(asOf);
        DelegationView view = source.delegation(delegationId)
                .orElseThrow(() -> new NotFoundInRegister("Delegation", delegationId));
        LocalDate day = asOf == null ? today() : asOf.atZone(COUNCIL_ZONE).toLocalDate();
        DelegationDetail detail = DelegationDetails.detail(view, DelegationDetails.Source.caching(source), day);
        return ResponseEntity.ok().eTag("\"" + detail.version() + "\"").body(detail);
    }

    private LocalDate today() {
        return clock.instant().atZone(COUNCIL_ZONE).toLocalDate();
    }

    private DelegationDetails.Source live() {
        return new DelegationDetails.Source() {
            @Override
            public Optional<DelegationView> delegation(String delegationId) {
                return register.find(delegationId);
            }

            @Override
            public Optional<SourceDecision> decision(String decisionId) {
                return register.sourceDecision(decisionId);
            }
        };
    }

    private DelegationDetails.Source recordedBy(Instant instant) {
        return new DelegationDetails.Source() {
            @Override
            public Optional<DelegationView> delegation(String delegationId) {
                return history.delegationAsOf(delegationId, instant);
            }

            @Override
            public Optional<SourceDecision> decision(String decisionId) {
                return history.decisionAsOf(decisionId, instant);
            }
        };
    }
}
