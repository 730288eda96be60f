package org.decisionledger.query.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.decisionledger.query.common.NotFoundInRegister;
import org.decisionledger.query.decision.DecisionRegister;
import org.decisionledger.query.decision.DecisionView;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Atom feeds (RFC 4287) of the public record, read without signing in: the newest steps of every
 * decision, what a scrutiny panel follows, and one decision's whole timeline (ADR 23). A feed is
 * answered in Atom whatever the client's Accept says, as feed readers ask in many ways; a refusal is
 * a problem like any other. Each answer carries an entity tag of its bytes and the time its newest
 * entry was recorded, and a reader that sends either back is answered 304 while nothing changed.
 */
@RestController
@Validated
@Tag(name = "Feeds")
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    /** How many entries the decisions' and the scrutiny feeds hold: the newest recorded. */
    static final int NEWEST = 50;
    /** One decision's feed holds its whole timeline, up to this many steps (the last recorded). */
    static final int WHOLE_TIMELINE = 1000;
    /**
     * A council's id as it can be configured (AuthorityId), or nothing: every council. Anchored, as
     * the API description publishes it and a JSON Schema pattern matches anywhere in the value.
     */
    static final String AUTHORITY = "^([a-z0-9][a-z0-9-]{0,62})?$";
    static final String AUTHORITY_MESSAGE = "must be a council's id: lower-case letters, digits and hyphens, at most 63";

    private static final String CONDITIONAL = " Answers carry ETag and Last-Modified; send them back in If-None-Match "
            + "or If-Modified-Since to be answered 304 while nothing changed.";

    /**
     * How long after a step's recorded time the feeds are taken to show it: the command's commit and
     * the projection (a few segments, each in its own order) take well under a second.
     */
    static final Duration SETTLING = Duration.ofSeconds(5);

    private final FeedSteps steps;
    private final DecisionRegister decisions;
    private final Clock clock;

    FeedController(FeedSteps steps, DecisionRegister decisions, Clock clock) {
        this.steps = steps;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping(FeedAddresses.DECISIONS)
    @Operation(summary = "An Atom feed of the newest steps of decisions' public timelines",
            description = "The " + NEWEST + " steps last recorded (proposals, notices, decisions, publications with "
                    + "their call-in dates, call-ins, outcomes, effects), newest first, each linking to its decision's "
                    + "public page at the address the feed was fetched from. authority names one council; an unknown "
                    + "council's feed is empty." + CONDITIONAL,
            responses = {@ApiResponse(responseCode = "200", description = "The feed", headers = {
                    @Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = "Last-Modified", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "304", description = "Nothing changed since the tag or time sent")})
    ResponseEntity<String> decisions(@RequestParam(required = false)
            @Pattern(regexp = AUTHORITY, message = AUTHORITY_MESSAGE) String authority, WebRequest request) {
        String council = authority == null || authority.isEmpty() ? null : authority;
        List<AtomFeed.Entry> entries = steps.newest(council, Set.of(), NEWEST).stream().map(FeedEntries::step).toList();
        return answer(new AtomFeed.Feed(FeedIds.feed("decisions", council),
                council == null ? "Decisions · Decision Ledger" : "Decisions of " + council + " · Decision Ledger",
                FeedAddresses.filtered(FeedAddresses.DECISIONS, council), "/", entries), request);
    }

    @GetMapping(FeedAddresses.SCRUTINY)
    @Operation(summary = "An Atom feed of what a scrutiny panel follows",
            description = "Key decisions to be taken without the usual notice (general exceptions, special urgency), "
                    + "decisions published (with the day their call-in window closes), call-ins raised or refused "
                    + "and their outcomes, reconsiderations, decisions taking effect, and scrutiny items recorded: the "
                    + NEWEST + " last recorded, newest first, each linking to its public page. authority names one "
                    + "council; an unknown council's feed is empty." + CONDITIONAL,
            responses = {@ApiResponse(responseCode = "200", description = "The feed", headers = {
                    @Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = "Last-Modified", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "304", description = "Nothing changed since the tag or time sent")})
    ResponseEntity<String> scrutiny(@RequestParam(required = false)
            @Pattern(regexp = AUTHORITY, message = AUTHORITY_MESSAGE) String authority, WebRequest request) {
        String council = authority == null || authority.isEmpty() ? null : authority;
        List<AtomFeed.Entry> entries = new ArrayList<>();
        steps.newest(council, FeedEntries.SCRUTINY_KINDS, NEWEST).forEach(step -> entries.add(FeedEntries.step(step)));
        steps.newestScrutinyItems(council, NEWEST).forEach(item -> entries.add(FeedEntries.scrutinyItem(item)));
        // A stable sort: entries recorded at the same instant keep the order they were read in.
        entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed());
        return answer(new AtomFeed.Feed(FeedIds.feed("scrutiny", council),
                council == null ? "Scrutiny · Decision Ledger" : "Scrutiny of " + council + " · Decision Ledger",
                FeedAddresses.filtered(FeedAddresses.SCRUTINY, council), "/scrutiny",
                entries.subList(0, Math.min(NEWEST, entries.size()))), request);
    }

    @GetMapping(FeedAddresses.DECISION)
    @Operation(summary = "An Atom feed of one decision's timeline",
            description = "Every step of the decision, up to the " + WHOLE_TIMELINE + " last recorded, newest first, "
                    + "each linking to the decision's public page; the entries have the same ids as in the other "
                    + "feeds." + CONDITIONAL,
            responses = {@ApiResponse(responseCode = "200", description = "The feed", headers = {
                    @Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = "Last-Modified", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "304", description = "Nothing changed since the tag or time sent")})
    ResponseEntity<String> decision(@PathVariable @Size(max = 36) String decisionId, WebRequest request) {
        DecisionView decision = decisions.find(decisionId)
                .orElseThrow(() -> new NotFoundInRegister("Decision", decisionId));
        List<AtomFeed.Entry> entries = steps.ofDecision(decisionId, WHOLE_TIMELINE).stream()
                .map(FeedEntries::step).toList();
        return answer(new AtomFeed.Feed(FeedIds.feed("decision", decisionId),
                decision.title() + " · Decision Ledger", FeedAddresses.decision(decisionId),
                "/decisions/" + decisionId, entries), request);
    }

    /**
     * The feed with its validators. Spring answers 304 from them for a GET or HEAD whose If-None-Match
     * matches the tag, or, sent without If-None-Match, whose If-Modified-Since is not before the
     * Last-Modified the feed would have now (RFC 9110's order). An If-None-Match of {@code *} is
     * answered 304 here: a feed always has a current representation.
     */
    private ResponseEntity<String> answer(AtomFeed.Feed feed, WebRequest request) {
        String xml = AtomFeed.render(feed, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        String tag = entityTag(xml);
        if (anyTag(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            // "*" matches any current representation, and a feed always has one (RFC 9110, 13.1.2).
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(CacheControl.noCache()).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(ATOM).eTag(tag)
                .cacheControl(CacheControl.noCache());
        if (!feed.entries().isEmpty()) {
            ok.lastModified(lastModified(feed.updated(), clock.instant()));
        }
        return ok.body(xml);
    }

    static boolean anyTag(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }

    /**
     * The second up to which the feed is known to be whole: its newest entry's, once every step
     * recorded in that second has had time to reach the views; until then an earlier second. An
     * If-Modified-Since is compared by whole seconds, and the views' segments can show a step a
     * moment after a later one; a time taken from the newest entry alone would answer 304 to a
     * reader whose copy lacks a step recorded in the same second or shown late.
     */
    static Instant lastModified(Instant newest, Instant now) {
        Instant newestSecond = newest.truncatedTo(ChronoUnit.SECONDS);
        Instant settledSecond = now.minus(SETTLING).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        return newestSecond.isBefore(settledSecond) ? newestSecond : settledSecond;
    }

    /** A strong tag of the feed's bytes: it moves with any change, the address in its links included. */
    static String entityTag(String xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
