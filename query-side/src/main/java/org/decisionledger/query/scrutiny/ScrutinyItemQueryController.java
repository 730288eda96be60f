package org.decisionledger.query.scrutiny;

import java.util.List;

import org.decisionledger.query.common.NotFoundInRegister;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Scrutiny items")
class ScrutinyItemQueryController {

    private final ScrutinyItemRegister register;

    ScrutinyItemQueryController(ScrutinyItemRegister register) {
        this.register = register;
    }

    @GetMapping("/api/scrutiny-items")
    @Operation(summary = "Scrutiny items, newest meeting first",
            description = "Each item with its panel, meeting date, findings and requirements (each with its due "
                    + "date). authority names one council; size caps how many (default 50, at most 500) and page "
                    + "(from 0) pages through the rest, size items a page.")
    List<ScrutinyItemView> items(@RequestParam(required = false) @Size(max = 100) String authority,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return register.newestFirst(authority == null || authority.isBlank() ? null : authority.strip(), page, size);
    }

    @GetMapping("/api/scrutiny-items/{scrutinyItemId}")
    @Operation(summary = "A scrutiny item with its findings and requirements")
    ResponseEntity<ScrutinyItemView> item(@PathVariable @Size(max = 100) String scrutinyItemId) {
        ScrutinyItemView view = register.find(scrutinyItemId)
                .orElseThrow(() -> new NotFoundInRegister("Scrutiny item", scrutinyItemId));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
