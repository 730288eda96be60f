package org.decisionledger.command.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.springframework.stereotype.Component;

/**
 * Agenda-item pages entered through the commands their record describes, kept as imports like the
 * importers' own: every command carries the import's id and the page's SHA-256, and the import log
 * holds the page's source, what became of each command, and every fact the page does not state with
 * the address it was taken from. Such a fact is also named on the command's own events
 * ({@link ImportMetadata#SUPPLEMENTED_FROM}, {@link ImportMetadata#SUPPLEMENTED_FACTS}), so an
 * auditor reading a history sees which values the hashed page holds and which it does not.
 */
@Component
public class AgendaItemEntries {

    public static final String KIND = "agenda-item";

    private final CommandDispatcher commands;
    private final ImportLog log;
    private final BusinessDay businessDay;

    AgendaItemEntries(CommandDispatcher commands, ImportLog log, BusinessDay businessDay) {
        this.commands = commands;
        this.log = log;
        this.businessDay = businessDay;
    }

    public Entry begin(String importId, String authorityId, PageText page, ImportOrigin origin) {
        return new Entry(importId, authorityId, page, origin);
    }

    /** Facts a command carries that its page does not state: the command's field names, and where they were read. */
    public record Supplement(String source, List<String> facts) {

        public Supplement {
            if (source == null || source.isBlank() || facts == null || facts.isEmpty()) {
                throw new IllegalArgumentException("A supplement names its source and at least one fact");
            }
            facts = List.copyOf(facts);
        }

        Map<String, String> metadata() {
            return Map.of(ImportMetadata.SUPPLEMENTED_FROM, source, ImportMetadata.SUPPLEMENTED_FACTS,
                    String.join(",", facts));
        }
    }

    /** One page's commands, sent in order; {@link #finish} puts the entry in the import log. */
    public final class Entry {

        private final String importId;
        private final String authorityId;
        private final PageText page;
        private final ImportOrigin origin;
        private final ImportSession session;
        private final List<Map<String, Object>> supplements = new ArrayList<>();

        private Entry(String importId, String authorityId, PageText page, ImportOrigin origin) {
            this.importId = importId;
            this.authorityId = authorityId;
            this.page = page;
            this.origin = origin;
            this.session = new ImportSession(commands, false, ModernGovImporter.metadata(importId, page, origin));
        }

        /** Sends a command whose every value the page states; true when it was recorded. */
        public boolean send(Object command, String target) {
            return session.send(command, target);
        }

        /** Sends a command carrying facts from elsewhere, named on its events and in the log. */
        public boolean send(Object command, String target, Supplement supplement) {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("command", command.getClass().getSimpleName());
            named.put("target", target);
            named.put("facts", supplement.facts());
            named.put("source", supplement.source());
            supplements.add(named);
            return session.send(command, target, supplement.metadata());
        }

        /** Logs the entry as an import of its page and answers what the log holds. */
        public Map<String, Object> finish(String recordId) {
            Map<String, Object> answer = session.answerHead(importId, authorityId, page);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", recordId);
            record.put("commands", List.copyOf(session.steps()));
            answer.put("records", List.of(record));
            answer.put("supplements", List.copyOf(supplements));
            log.record(importId, KIND, authorityId, origin, page.sha256(), businessDay.now(), answer);
            return answer;
        }
    }
}
