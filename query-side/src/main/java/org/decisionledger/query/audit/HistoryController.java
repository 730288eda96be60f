package org.decisionledger.query.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The raw event stream of each kind of record (AUDITOR). The aggregate type is checked, so a
 * decision's id does not answer on the delegations' path.
 */
@RestController
@Tag(name = "Audit")
class HistoryController {

    static final String AUDITOR_ONLY = "Needs a signed-in AUDITOR: raw histories carry every event's metadata. "
            + "401 NOT_SIGNED_IN without sign-in, 403 ROLE_NOT_ALLOWED for other roles.";

    private final EventHistory history;

    HistoryController(EventHistory history) {
        this.history = history;
    }

    @GetMapping("/api/decisions/{id}/history")
    @Operation(summary = "A decision's raw event stream: sequence, type, revision, recorded time, actor, payload, metadata "
            + "(AUDITOR)", description = AUDITOR_ONLY)
    List<EventHistory.Entry> decision(@PathVariable String id) {
        return history.of("Decision", id, "Decision");
    }

    @GetMapping("/api/delegations/{id}/history")
    @Operation(summary = "A delegation's raw event stream (AUDITOR)", description = AUDITOR_ONLY)
    List<EventHistory.Entry> delegation(@PathVariable String id) {
        return history.of("Delegation", id, "Delegation");
    }

    @GetMapping("/api/action-plans/{id}/history")
    @Operation(summary = "An action plan's raw event stream (AUDITOR)", description = AUDITOR_ONLY)
    List<EventHistory.Entry> actionPlan(@PathVariable String id) {
        return history.of("ActionPlan", id, "Action plan");
    }

    @GetMapping("/api/scrutiny-items/{id}/history")
    @Operation(summary = "A scrutiny item's raw event stream (AUDITOR)", description = AUDITOR_ONLY)
    List<EventHistory.Entry> scrutinyItem(@PathVariable String id) {
        return history.of("ScrutinyItem", id, "Scrutiny item");
    }

    @GetMapping("/api/authorities/{id}/history")
    @Operation(summary = "A council's raw event stream: its registration, renamings and rule versions (AUDITOR)",
            description = AUDITOR_ONLY)
    List<EventHistory.Entry> authority(@PathVariable String id) {
        return history.of("Authority", id, "Authority");
    }
}
