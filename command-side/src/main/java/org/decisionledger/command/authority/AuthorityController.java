package org.decisionledger.command.authority;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.ConfigureAuthority;
import org.decisionledger.kernel.calendar.HolidayCalendar;
import org.decisionledger.kernel.common.CommandAccepted;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/authorities")
@Tag(name = "Authorities", description = "Councils and the versions of their constitutional rules")
class AuthorityController {

    private final CommandDispatcher commands;
    private final BusinessDay businessDay;

    AuthorityController(CommandDispatcher commands, BusinessDay businessDay) {
        this.commands = commands;
        this.businessDay = businessDay;
    }

    @PutMapping("/{authorityId}")
    @Operation(summary = "Register a council or adopt a new version of its rules (ADMIN)",
            description = "validFrom: the first publication date the rules apply to. Without it, a new council's "
                    + "rules apply to every date, and a registered council's new rules apply from today: "
                    + "decisions published before keep the dates they were given.")
    ResponseEntity<Map<String, Object>> configure(@PathVariable String authorityId,
            @Valid @RequestBody ConfigureAuthorityRequest request) {
        AuthorityId id = FieldValues.typed("authorityId", authorityId, AuthorityId::new);
        String calendar = request.holidayCalendar() == null ? AuthorityRules.DEFAULT_CALENDAR : request.holidayCalendar();
        FieldValues.typed("holidayCalendar", calendar, HolidayCalendar::named);
        AuthorityRules rules = new AuthorityRules(
                request.callInWorkingDays(),
                request.callInClosesAt(),
                request.callInSignatoriesRequired() == null ? 1 : request.callInSignatoriesRequired(),
                request.keyDecisionNoticeClearDays() == null ? 28 : request.keyDecisionNoticeClearDays(),
                request.generalExceptionClearDays() == null ? 5 : request.generalExceptionClearDays(),
                request.keyDecisionThreshold(),
                calendar,
                request.extraClosureDays());
        CommandAccepted accepted = commands.send(new ConfigureAuthority(id, request.name().strip(), rules,
                request.validFrom(), businessDay.today()));
        boolean created = Boolean.TRUE.equals(accepted.facts().get("created"));
        return CommandDispatcher.answer(created ? HttpStatus.CREATED : HttpStatus.OK,
                new CommandAccepted(accepted.id(), accepted.version(), Map.of()),
                created ? java.net.URI.create("/api/authorities/" + id.value()) : null);
    }

    record ConfigureAuthorityRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(0) @Max(30) Integer callInWorkingDays,
            LocalTime callInClosesAt,
            @Min(1) @Max(100) Integer callInSignatoriesRequired,
            @Min(0) @Max(365) Integer keyDecisionNoticeClearDays,
            @Min(0) @Max(365) Integer generalExceptionClearDays,
            @Size(max = 500) String keyDecisionThreshold,
            @Size(max = 50) String holidayCalendar,
            @Size(max = 366) List<@NotNull LocalDate> extraClosureDays,
            LocalDate validFrom) {
    }
}
