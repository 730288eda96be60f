package org.decisionledger.query.authority;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.RuleBook;
import org.decisionledger.kernel.calendar.CalendarNotCoveredException;
import org.decisionledger.kernel.calendar.CallInWindow;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.query.common.NotFoundInRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/authorities")
@Tag(name = "Authorities")
class AuthorityQueryController {

    private final AuthorityRegister register;
    private final java.time.Clock clock;

    AuthorityQueryController(AuthorityRegister register, java.time.Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    record RuleVersionView(LocalDate validFrom, AuthorityRules rules, LocalDate adoptedOn) {
    }

    record AuthorityView(String authorityId, String name, long version, AuthorityRules currentRules,
            List<RuleVersionView> history) {
    }

    @GetMapping
    @Operation(summary = "The councils the ledger knows")
    List<AuthorityRegister.AuthoritySummary> all() {
        return register.all();
    }

    @GetMapping("/{authorityId}")
    @Operation(summary = "A council's current rules and every version it adopted")
    AuthorityView authority(@PathVariable String authorityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        AuthorityRegister.AuthoritySummary summary = register.find(authorityId)
                .orElseThrow(() -> new NotFoundInRegister("Authority", authorityId));
        RuleBook book = register.ruleBook(authorityId);
        LocalDate day = on == null ? LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))) : on;
        return new AuthorityView(summary.authorityId(), summary.name(), summary.version(),
                book.rulesOn(day).orElse(null),
                book.versions().stream().map(v -> new RuleVersionView(v.validFrom(), v.rules(), v.adoptedOn())).toList());
    }

    @GetMapping("/{authorityId}/dates")
    @Operation(summary = "The statutory dates under the council's rules: call-in window from a publication date, "
            + "earliest decision dates from a notice's first publication")
    Map<String, Object> dates(@PathVariable String authorityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeFirstPublished) {
        if (published == null && noticeFirstPublished == null) {
            throw new InvalidCommand("published", "give published or noticeFirstPublished (YYYY-MM-DD)");
        }
        register.find(authorityId).orElseThrow(() -> new NotFoundInRegister("Authority", authorityId));
        RuleBook book = register.ruleBook(authorityId);
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            if (published != null) {
                AuthorityRules rules = rulesOn(book, authorityId, published);
                CallInWindow window = rules.callInRule().windowFor(published, rules.workingDayCalendar());
                answer.put("callInClosesOn", window.closesOn());
                answer.put("callInClosesAt", closingInstant(window));
                answer.put("effectiveFrom", window.effectiveFrom());
                answer.put("callInWorkingDays", rules.callInWorkingDays());
            }
            if (noticeFirstPublished != null) {
                AuthorityRules rules = rulesOn(book, authorityId, noticeFirstPublished);
                answer.put("earliestDecisionDate", rules.noticeRule().earliestKeyDecision(noticeFirstPublished));
                answer.put("earliestUnderGeneralException",
                        rules.noticeRule().earliestUnderGeneralException(noticeFirstPublished));
            }
        } catch (CalendarNotCoveredException notCovered) {
            throw new RuleRefused("CALENDAR_NOT_COVERED", notCovered.getMessage());
        }
        return answer;
    }

    private static AuthorityRules rulesOn(RuleBook book, String authorityId, LocalDate day) {
        return book.rulesOn(day).orElseThrow(() -> new RuleRefused("NO_RULES_IN_FORCE",
                "Authority " + authorityId + " has no rules in force on " + day));
    }

    private static String closingInstant(CallInWindow window) {
        LocalTime closesAt = window.closesAt();
        return window.closesOn().atTime(closesAt).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant().toString();
    }
}
