package org.decisionledger.query.replay;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Replay", description = "Projection positions, lag and rebuilds")
class ProjectionAdminController {

    private final ProjectionAdministration administration;

    ProjectionAdminController(ProjectionAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Each projection's position, lag behind the head of the event store and rebuild progress "
            + "(AUDITOR or ADMIN)")
    List<ProjectionAdministration.ProjectionStatus> all() {
        return administration.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection's position, lag and rebuild progress (AUDITOR or ADMIN)")
    ProjectionAdministration.ProjectionStatus one(@PathVariable String name) {
        return administration.status(name);
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Empty the projection and replay the whole history into it (ADMIN)",
            description = "Any node: every node stops the projection, the node asked resets and replays it, and every "
                    + "node runs it again. Answers 202 at once; follow the progress and the request's state at the "
                    + "Location, on any node. 404 for an unknown projection, 409 REBUILD_IN_PROGRESS while one is "
                    + "pending or replaying on any node, 409 LEDGER_NOT_REBUILDABLE for the ledger. A request that "
                    + "another node never lets go of expires (rebuild.state EXPIRED, code PROJECTION_CLAIMED_ELSEWHERE).")
    ResponseEntity<ProjectionAdministration.ProjectionStatus> rebuild(@PathVariable String name) {
        ProjectionAdministration.ProjectionStatus status = administration.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name)).body(status);
    }
}
