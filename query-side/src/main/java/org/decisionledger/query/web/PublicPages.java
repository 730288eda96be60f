package org.decisionledger.query.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.query.actionplan.ActionPlanRegister;
import org.decisionledger.query.actionplan.ActionPlanTracker;
import org.decisionledger.query.decision.DecisionRegister;
import org.decisionledger.query.decision.DecisionView;
import org.decisionledger.query.decision.DecisionViewFolding;
import org.decisionledger.query.delegation.DelegationRegister;
import org.decisionledger.query.feed.FeedAddresses;
import org.decisionledger.query.scrutiny.ScrutinyItemRegister;
import org.decisionledger.query.scrutiny.ScrutinyItemView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * The public pages (no sign-in): the register, a decision's timeline, the scrutiny board, a
 * scrutiny item and an action plan's tracker, rendered on the server from the same views the query API answers from.
 * They hold no state of their own and send no script; every value is escaped by the templates.
 */
@Controller
@Validated
@Hidden
class PublicPages {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final int LISTED = 20;
    /** The timeline page shows this many entries; the API pages through the rest. */
    static final int TIMELINE_SHOWN = 200;
    /** How far back and ahead the scrutiny board looks for effective dates. */
    private static final int EFFECTIVE_DAYS_BACK = 30;
    private static final int EFFECTIVE_DAYS_AHEAD = 90;

    private final DecisionRegister decisions;
    private final ActionPlanRegister plans;
    private final DelegationRegister delegations;
    private final ScrutinyItemRegister scrutinyItems;
    private final Clock clock;

    PublicPages(DecisionRegister decisions, ActionPlanRegister plans, DelegationRegister delegations,
            ScrutinyItemRegister scrutinyItems, Clock clock) {
        this.decisions = decisions;
        this.plans = plans;
        this.delegations = delegations;
        this.scrutinyItems = scrutinyItems;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COUNCIL_ZONE));
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String register(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("recent", decisions.search(new DecisionRegister.Filter(null, null, null, null, null, null),
                0, LISTED).items());
        model.addAttribute("forwardPlan", decisions.forwardPlan(null).stream().limit(LISTED).toList());
        model.addAttribute("openCallIns", decisions.callIns(null, true));
        model.addAttribute("plans", plans.ofAuthority(null, LISTED));
        model.addAttribute("feeds", List.of(new FeedAddresses.Link("Decisions (Atom)", FeedAddresses.DECISIONS),
                new FeedAddresses.Link("Scrutiny (Atom)", FeedAddresses.SCRUTINY)));
        return "register";
    }

    @GetMapping(value = "/decisions/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String decision(@PathVariable @Size(max = 36) String id, Model model, HttpServletResponse response) {
        Optional<DecisionView> decision = decisions.find(id);
        if (decision.isEmpty()) {
            return notFound("decision", response, model);
        }
        model.addAttribute("decision", decision.get());
        model.addAttribute("delegations", delegations.viewsGrantedBy(id));
        model.addAttribute("pendingEffect", pendingEffect(decision.get()));
        List<DecisionRegister.TimelineEntry> timeline = decisions.timeline(id, 0, TIMELINE_SHOWN + 1);
        model.addAttribute("timeline", timeline.stream().limit(TIMELINE_SHOWN).toList());
        model.addAttribute("timelineCut", timeline.size() > TIMELINE_SHOWN);
        model.addAttribute("feeds", List.of(
                new FeedAddresses.Link("This decision (Atom)", FeedAddresses.decision(id)),
                new FeedAddresses.Link("Decisions of " + decision.get().authorityId() + " (Atom)",
                        FeedAddresses.decisionsOf(decision.get().authorityId()))));
        return "decision";
    }

    /** One dated item on the scrutiny board's timeline. */
    record BoardEntry(LocalDate date, String kind, String decisionId, String title, String detail) {
    }

    @GetMapping(value = "/scrutiny", produces = MediaType.TEXT_HTML_VALUE)
    String scrutiny(Model model) {
        LocalDate today = today();
        List<DecisionView> closing = decisions.callInWindowsClosingFrom(today, 200);
        List<DecisionRegister.CallInEntry> open = decisions.callIns(null, true);
        List<DecisionView> effective = decisions.effectiveBetween(today.minusDays(EFFECTIVE_DAYS_BACK),
                today.plusDays(EFFECTIVE_DAYS_AHEAD), 200);
        List<BoardEntry> board = new ArrayList<>();
        closing.forEach(view -> board.add(new BoardEntry(view.callInClosesOn(), "Call-in window closes", view.id(),
                view.title(), view.decisionMaker())));
        open.forEach(entry -> board.add(new BoardEntry(entry.callIn().raisedOn(), "Called in", entry.decisionId(),
                entry.decisionTitle(), String.join(", ", entry.callIn().signatories()))));
        effective.forEach(view -> board.add(new BoardEntry(view.effectiveFrom(), "Takes effect", view.id(),
                view.title(), view.effectiveRoute())));
        // A window still open gives the day the decision takes effect if no one calls it in.
        closing.stream().filter(view -> pendingEffect(view) != null).forEach(view -> board.add(new BoardEntry(
                pendingEffect(view), "Takes effect unless called in", view.id(), view.title(), view.decisionMaker())));
        board.sort(Comparator.comparing(BoardEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BoardEntry::decisionId));
        model.addAttribute("today", today);
        model.addAttribute("closing", closing);
        model.addAttribute("openCallIns", open);
        model.addAttribute("effective", effective);
        model.addAttribute("board", board);
        model.addAttribute("daysBack", EFFECTIVE_DAYS_BACK);
        model.addAttribute("daysAhead", EFFECTIVE_DAYS_AHEAD);
        model.addAttribute("scrutinyItems", scrutinyItems.newestFirst(null, LISTED));
        model.addAttribute("feeds", List.of(new FeedAddresses.Link("Scrutiny (Atom)", FeedAddresses.SCRUTINY)));
        return "scrutiny";
    }

    /**
     * The day a published decision will take effect if nothing stops it: its publication's statutory
     * date while it has not yet taken effect and is neither called in nor revoked; otherwise null.
     */
    static LocalDate pendingEffect(DecisionView view) {
        if (view.effectiveFrom() != null || view.publication() == null || view.publication().effectiveFrom() == null
                || !DecisionViewFolding.PUBLISHED.equals(view.status())) {
            return null;
        }
        return view.publication().effectiveFrom();
    }

    @GetMapping(value = "/scrutiny-items/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String scrutinyItem(@PathVariable @Size(max = 36) String id, Model model, HttpServletResponse response) {
        Optional<ScrutinyItemView> item = scrutinyItems.find(id);
        if (item.isEmpty()) {
            return notFound("scrutiny item", response, model);
        }
        model.addAttribute("item", item.get());
        List<ActionPlanTracker> answeredBy = plans.newestFirst(null, id, LISTED + 1);
        model.addAttribute("answeredBy", answeredBy.stream().limit(LISTED).toList());
        model.addAttribute("answeredByCut", answeredBy.size() > LISTED);
        model.addAttribute("minutes", item.get().summary() == null ? List.of()
                : item.get().summary().lines().filter(line -> !line.isBlank()).toList());
        return "scrutiny-item";
    }

    @GetMapping(value = "/action-plans/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String actionPlan(@PathVariable @Size(max = 36) String id, Model model, HttpServletResponse response) {
        Optional<ActionPlanTracker> plan = plans.find(id);
        if (plan.isEmpty()) {
            return notFound("action plan", response, model);
        }
        LocalDate today = today();
        model.addAttribute("plan", plan.get());
        model.addAttribute("today", today);
        model.addAttribute("overdue", plan.get().overdueOn(today));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("reported", plan.get().actions().stream().filter(action -> action.evidenceOfImpact() != null
                || !action.subGroupUpdates().isEmpty() || !action.evidence().isEmpty()).toList());
        return "action-plan";
    }

    private static String notFound(String what, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("what", what);
        return "not-found";
    }
}
