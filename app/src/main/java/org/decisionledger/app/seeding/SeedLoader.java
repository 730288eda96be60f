package org.decisionledger.app.seeding;

import org.decisionledger.kernel.common.MetadataKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.app.audit.AuditMetadata;
import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.importing.ActionPlanImporter;
import org.decisionledger.command.importing.AgendaItemEntries;
import org.decisionledger.command.importing.AgendaItemPage;
import org.decisionledger.command.importing.ImportLog;
import org.decisionledger.command.importing.ImportOrigin;
import org.decisionledger.command.importing.ImportStep;
import org.decisionledger.command.importing.ModernGovImporter;
import org.decisionledger.command.importing.PageText;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.ConfigureAuthority;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.Resolution;
import org.decisionledger.kernel.scrutiny.RecordScrutinyItem;
import org.decisionledger.kernel.scrutiny.Requirement;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the five seed documents on the first start of the local profile, through the importers and
 * the commands an officer would send, as the actor {@value #ACTOR}. Seeds 000 and 004 go through the
 * ModernGov importer and seed 002 through the action-plan importer; seeds 001 and 003 are agenda
 * items, entered through the decision, scrutiny-item and action-plan commands they describe and
 * logged as imports ({@link AgendaItemEntries}). Each seed is loaded once: an import already in the
 * import log, or a story whose first record already exists, is skipped,
 * so a restart records nothing. Before the service takes requests the loader waits until the seeded
 * publications have taken effect (their call-in windows closed years ago), so nothing is recorded
 * behind a client's back afterwards.
 */
@Component
@Profile("local")
class SeedLoader implements ApplicationRunner {

    static final String ACTOR = "seed-importer";
    static final String STAFFORDSHIRE = "staffordshire";
    static final String BUCKINGHAMSHIRE = "buckinghamshire";
    static final String WORCESTERSHIRE = "worcestershire";
    static final String KENT = "kent";
    static final String SEED_000 = "000_e0c1191d80822cf6.txt";
    static final String SEED_001 = "001_2cb3b26a7133813c.txt";
    static final String SEED_002 = "002_cb54acbb4f8751e0.txt";
    static final String SEED_003 = "003_e7f5dec1037370e4.txt";
    static final String SEED_004 = "004_ae0ca96d445fd895.txt";
    /** Buckinghamshire's published decision record for seed 001's agenda item. */
    static final String BUCKINGHAMSHIRE_DECISION_RECORD =
            "https://buckinghamshire.moderngov.co.uk/ieDecisionDetails.aspx?ID=423";

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final CommandDispatcher commands;
    private final ModernGovImporter moderngov;
    private final ActionPlanImporter actionPlans;
    private final AgendaItemEntries agendaItems;
    private final ImportLog importLog;
    private final EventStore eventStore;
    private final BusinessDay businessDay;

    SeedLoader(SeedProperties properties, CommandDispatcher commands, ModernGovImporter moderngov,
            ActionPlanImporter actionPlans, AgendaItemEntries agendaItems, ImportLog importLog, EventStore eventStore, BusinessDay businessDay) {
        this.properties = properties;
        this.commands = commands;
        this.moderngov = moderngov;
        this.actionPlans = actionPlans;
        this.agendaItems = agendaItems;
        this.importLog = importLog;
        this.eventStore = eventStore;
        this.businessDay = businessDay;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.enabled()) {
            return;
        }
        configure(STAFFORDSHIRE, "Staffordshire County Council", 3);
        configure(BUCKINGHAMSHIRE, "Buckinghamshire Council", 5);
        configure(WORCESTERSHIRE, "Worcestershire County Council", 5);
        configure(KENT, "Kent County Council", 5);
        List<String> awaitingEffect = new ArrayList<>();
        importPage(SEED_000, STAFFORDSHIRE, true, awaitingEffect);
        importPage(SEED_004, KENT, true, awaitingEffect);
        importPage(SEED_002, STAFFORDSHIRE, false, awaitingEffect);
        buckinghamshireStrategy(awaitingEffect);
        worcestershireScrutinyItem();
        settle(awaitingEffect);
    }

    /** Demo configuration of the seeds' councils: call-in periods as their published records imply. */
    private void configure(String id, String name, int callInWorkingDays) {
        if (eventStore.readEvents(id, 0L).hasNext()) {
            return;
        }
        commands.sendWithMetadata(new ConfigureAuthority(new AuthorityId(id), name,
                new AuthorityRules(callInWorkingDays, null, 2, 28, 5, null, null, null), null, businessDay.today()),
                Map.of(MetadataKeys.ACTOR, ACTOR, MetadataKeys.ACTOR_NAME, "Decision Ledger seed importer",
                        MetadataKeys.ROLES, "SYSTEM"));
    }

    private void importPage(String seed, String authority, boolean decisions, List<String> awaitingEffect) {
        PageText page = PageText.of(read(seed));
        if (importLog.imported(authority, page.sha256(), ACTOR)) {
            return;
        }
        ImportOrigin origin = origin(seed);
        Map<String, Object> answer = decisions ? moderngov.importPage(authority, page, false, origin)
                : actionPlans.importPage(authority, page, false, origin);
        report(seed, authority, answer);
        if (answer.get("records") instanceof List<?> records) {
            for (Object record : records) {
                if (record instanceof Map<?, ?> fields && fields.get("commands") instanceof List<?> steps
                        && steps.stream().anyMatch(SeedLoader::publicationRecorded)) {
                    awaitingEffect.add((String) fields.get("id"));
                }
            }
        }
    }

    /** A seed's commands are the ledger's own demo data: one refused is a defect, so it is logged as such. */
    private static void report(String seed, String authority, Map<String, Object> answer) {
        Object counts = answer.get("counts");
        if (counts instanceof Map<?, ?> byOutcome && byOutcome.get(ImportStep.REFUSED) instanceof Long refused
                && refused > 0) {
            log.warn("Seed {} for {}: {} command(s) refused, see import {}: {}", seed, authority, refused,
                    answer.get("importId"), counts);
        } else {
            log.info("Seed {} loaded for {}: {}", seed, authority, counts);
        }
    }

    private static ImportOrigin origin(String seed) {
        return new ImportOrigin(ACTOR, "seeds/" + seed, Map.of(MetadataKeys.ACTOR, ACTOR,
                MetadataKeys.ACTOR_NAME, "Decision Ledger seed importer", MetadataKeys.ROLES, "SYSTEM"));
    }

    private static boolean publicationRecorded(Object step) {
        return step instanceof ImportStep recorded
                && recorded.command().equals("PublishDecision")
                && recorded.outcome().equals(ImportStep.RECORDED);
    }

    /**
     * Seed 001, Buckinghamshire's Cabinet agenda item. The page gives the resolution and the minutes
     * but no date and no status. The council's decision record for the same item
     * ({@value #BUCKINGHAMSHIRE_DECISION_RECORD}) gives the rest: a key decision, subject to call-in,
     * decided at Cabinet and published on 2 March 2021, no conflict of interest declared. Those facts
     * are sent as supplements, so their events and the import log name that record as their source;
     * the effective date (10 March 2021, five clear working days) is the ledger's own.
     */
    private void buckinghamshireStrategy(List<String> awaitingEffect) {
        DecisionId decision = new DecisionId(seedId("001/decision"));
        awaitingEffect.add(decision.value());
        if (eventStore.readEvents(decision.value(), 0L).hasNext()) {
            return;
        }
        PageText text = PageText.of(read(SEED_001));
        AgendaItemPage page = AgendaItemPage.parse(text);
        AgendaItemEntries.Entry entry = agendaItems.begin(seedId("import/" + SEED_001), BUCKINGHAMSHIRE, text,
                origin(SEED_001));
        LocalDate decided = LocalDate.of(2021, 3, 2);
        String target = decision.value();
        entry.send(new ProposeDecision(decision, new AuthorityId(BUCKINGHAMSHIRE), null,
                "SEND and Inclusion Strategy 2021-23 and SEND Improvement Plan", "Cabinet", true, List.of(), List.of(),
                "A Cranmer, Cabinet Member for Education and Skills", null, null, null, reportReceived(page), null,
                decided, businessDay.today()), target, fromDecisionRecord("keyDecision", "proposedOn"));
        entry.send(new ApproveRecommendations(decision, decided, "02/03/2021 - Cabinet",
                page.resolved().stream().map(resolved -> new Resolution(null, resolved, List.of())).toList(), page.minutes(),
                null, "None", null, true), target, fromDecisionRecord("decidedOn", "decidedAt", "conflictsOfInterest"));
        entry.send(new PublishDecision(decision, decided, true, null, null), target,
                fromDecisionRecord("publishedOn", "subjectToCallIn"));
        ActionPlanId plan = new ActionPlanId(seedId("001/improvement-plan"));
        entry.send(new CreateActionPlan(plan, new AuthorityId(BUCKINGHAMSHIRE),
                "Buckinghamshire Local Area SEND Improvement Plan", ActionPlanKind.IMPROVEMENT_PLAN, decision, null,
                null, null, null, businessDay.today()), plan.value());
        report(SEED_001, BUCKINGHAMSHIRE, entry.finish(target));
    }

    private static AgendaItemEntries.Supplement fromDecisionRecord(String... facts) {
        return new AgendaItemEntries.Supplement(BUCKINGHAMSHIRE_DECISION_RECORD, List.of(facts));
    }

    /**
     * Seed 003, Worcestershire's scrutiny panel item: the item with its findings on the panel's agenda
     * for its meeting, and the Written Statement of Action it calls for, due 70 days after the
     * inspection findings were published (that morning, 16 May 2018): 25 July 2018. A scrutiny panel
     * takes no executive decision, so the item is a scrutiny item, not a decision (ADR 22). Every
     * value is the page's own: the findings are the points the minutes introduce as the main
     * findings, the requirement the discussion's point that sets a period in days.
     */
    private void worcestershireScrutinyItem() {
        ScrutinyItemId item = new ScrutinyItemId(seedId("003/scrutiny-item"));
        if (eventStore.readEvents(item.value(), 0L).hasNext()) {
            return;
        }
        PageText text = PageText.of(read(SEED_003));
        AgendaItemPage page = AgendaItemPage.parse(text);
        LocalDate findingsPublished = page.meetingDate();
        List<Requirement> requirements = page.pointsIntroducedBy("main points").stream()
                .filter(point -> AgendaItemPage.daysAllowed(point) != null)
                .map(point -> new Requirement(point, findingsPublished.plusDays(AgendaItemPage.daysAllowed(point))))
                .toList();
        AgendaItemEntries.Entry entry = agendaItems.begin(seedId("import/" + SEED_003), WORCESTERSHIRE, text,
                origin(SEED_003));
        entry.send(new RecordScrutinyItem(item, new AuthorityId(WORCESTERSHIRE), page.meetingBody(), page.meetingDate(),
                page.item(), page.title(), page.minutes(), page.pointsIntroducedBy("main findings"), requirements),
                item.value());
        ActionPlanId plan = new ActionPlanId(seedId("003/written-statement"));
        entry.send(new CreateActionPlan(plan, new AuthorityId(WORCESTERSHIRE),
                "Worcestershire Local Area SEND Written Statement of Action",
                ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, item,
                "Joint Local Area SEND Inspection (Ofsted and CQC), findings reported to the " + page.meetingBody()
                        + " on " + page.meeting(),
                findingsPublished, requirements.isEmpty() ? null : requirements.get(0).dueBy(), businessDay.today()),
                plan.value());
        report(SEED_003, WORCESTERSHIRE, entry.finish(item.value()));
    }

    /** The decision section without its resolution: what the Cabinet received. */
    private static String reportReceived(AgendaItemPage page) {
        return page.decision() == null ? null : page.decision().lines()
                .filter(line -> !page.resolved().contains(line)).reduce((a, b) -> a + "\n" + b).orElse(null);
    }

    /** Waits, bounded, until each seeded publication has taken effect through its deadline. */
    private void settle(List<String> decisions) {
        Instant until = businessDay.now().plus(properties.settleTimeout());
        for (String decision : decisions) {
            while (!tookEffect(decision)) {
                if (businessDay.now().isAfter(until)) {
                    log.warn("Seeded decision {} has not taken effect yet; it will when its deadline runs", decision);
                    return;
                }
                try {
                    // polling the store for a deadline the scheduler runs on its own threads
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean tookEffect(String decision) {
        DomainEventStream stream = eventStore.readEvents(decision, 0L);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof DecisionTookEffect) {
                return true;
            }
        }
        return false;
    }

    static String seedId(String name) {
        return UUID.nameUUIDFromBytes(("decision-ledger/seed/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static byte[] read(String seed) {
        try (InputStream in = new ClassPathResource("seeds/" + seed).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new UncheckedIOException("Seed " + seed + " is not on the classpath", missing);
        }
    }
}
