package org.decisionledger.query.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.decisionledger.kernel.common.InvalidCommand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The audit trail, the hash-chained ledger and archive exports (AUDITOR)")
class AuditController {

    static final String AUDITOR_ONLY = "Needs a signed-in AUDITOR. 401 NOT_SIGNED_IN without sign-in, "
            + "403 ROLE_NOT_ALLOWED for other roles.";

    private final AuditLog auditLog;
    private final Ledger ledger;
    private final LedgerVerification verification;
    private final AuditExport export;

    AuditController(AuditLog auditLog, Ledger ledger, LedgerVerification verification, AuditExport export) {
        this.auditLog = auditLog;
        this.ledger = ledger;
        this.verification = verification;
        this.export = export;
    }

    record HeadView(long position, Long globalIndex, String hash, Instant chainedAt) {
    }

    @GetMapping
    @Operation(summary = "Who did what and when: every stored event with its actor, roles, recorded time, business "
            + "date, command, correlation and causation ids, in the order stored (from inclusive, to exclusive) "
            + "(AUDITOR)", description = AUDITOR_ONLY)
    AuditLog.Page search(
            @RequestParam(required = false) @Size(max = 255) String actor,
            @RequestParam(required = false) @Size(max = 255) String type,
            @RequestParam(required = false) @Size(max = 255) String aggregateId,
            @RequestParam(required = false) @Size(max = 255) String correlationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return auditLog.search(new AuditLog.Filter(blankToNull(actor), blankToNull(type), blankToNull(aggregateId),
                blankToNull(correlationId), from, to), page, size);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain over the whole event store and compare it with the ledger "
            + "(AUDITOR)",
            description = AUDITOR_ONLY + " valid is false when any stored event no longer hashes to what the ledger recorded "
                    + "(firstInvalidSequence names the ledger position of the first one), or when an event is stored "
                    + "behind the ledger's position without being chained (problem EVENT_NOT_CHAINED, "
                    + "firstInvalidGlobalIndex names it). Give anchorPosition and "
                    + "anchorHash (a head published earlier) to check the chain still passes through it.")
    LedgerVerification.Report verify(
            @RequestParam(required = false) @Min(1) Long anchorPosition,
            @RequestParam(required = false) @Pattern(regexp = "[0-9a-fA-F]{64}") String anchorHash) {
        if ((anchorPosition == null) != (anchorHash == null)) {
            throw new InvalidCommand(anchorPosition == null ? "anchorPosition" : "anchorHash",
                    "give anchorPosition and anchorHash together");
        }
        return verification.verify(anchorPosition == null ? Optional.empty()
                : Optional.of(new LedgerVerification.Anchor(anchorPosition, anchorHash, null)));
    }

    @GetMapping("/head")
    @Operation(summary = "The ledger's head: publish its hash so an outside copy can prove history was not rewritten "
            + "(AUDITOR)", description = AUDITOR_ONLY)
    HeadView head() {
        return ledger.head()
                .map(head -> new HeadView(head.position(), head.globalIndex(), head.hash(), head.chainedAt()))
                .orElse(new HeadView(0, null, LedgerHash.GENESIS, null));
    }

    /**
     * Written on the request thread, straight from a database cursor to the response. A
     * StreamingResponseBody would run under the container's async timeout (30 s by default), which
     * a long history outlasts.
     */
    @GetMapping("/export")
    @Operation(summary = "The chained history for an archive, streamed: one event per line with its chain hash "
            + "and the hash before it (format jsonl or csv; from inclusive, to exclusive) (AUDITOR)",
            description = AUDITOR_ONLY)
    void export(@Parameter(description = "jsonl (one JSON object a line) or csv",
                    schema = @Schema(allowableValues = {"jsonl", "csv"}, defaultValue = "jsonl"))
            @RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response) throws IOException {
        AuditExport.Format chosen = AuditExport.Format.parse(format);
        export.export(chosen, from, to, head -> {
            long position = head.map(Ledger.Head::position).orElse(0L);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(chosen.mediaType());
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"decision-ledger-" + position + "." + chosen.extension() + "\"");
            response.setHeader("X-Ledger-Head-Position", Long.toString(position));
            response.setHeader("X-Ledger-Head-Hash", head.map(Ledger.Head::hash).orElse(LedgerHash.GENESIS));
        }, response.getOutputStream());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
