package org.decisionledger.command.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.DomainException;

/**
 * One import's commands: each sent with the import's metadata (its id and the source's SHA-256, plus
 * the actor when no one is signed in), its outcome kept as an {@link ImportStep}. In a dry run nothing
 * is sent and each step is {@code planned}. A refusal stops only the steps that depend on it.
 */
final class ImportSession {

    private final CommandDispatcher commands;
    private final boolean dryRun;
    private final Map<String, String> metadata;
    private final List<ImportStep> steps = new ArrayList<>();

    ImportSession(CommandDispatcher commands, boolean dryRun, Map<String, String> metadata) {
        this.commands = commands;
        this.dryRun = dryRun;
        this.metadata = Map.copyOf(metadata);
    }

    boolean dryRun() {
        return dryRun;
    }

    /** The part of an import's answer every importer gives: which import, of what, and what it sent. */
    Map<String, Object> answerHead(String importId, String authorityId, PageText page) {
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("importId", dryRun ? null : importId);
        answer.put("dryRun", dryRun);
        answer.put("authorityId", authorityId);
        answer.put("sourceHash", page.sha256());
        answer.put("counts", counts());
        return answer;
    }

    /** Starts a new record's list of steps; the previous record keeps its own. */
    List<ImportStep> steps() {
        return steps;
    }

    /** True when the command was recorded (or would be, in a dry run). */
    boolean send(Object command, String target) {
        return send(command, target, Map.of());
    }

    /** As {@link #send(Object, String)}, with more metadata for this command only (never the import's own keys). */
    boolean send(Object command, String target, Map<String, String> extra) {
        String name = command.getClass().getSimpleName();
        if (dryRun) {
            steps.add(ImportStep.of(name, target, ImportStep.PLANNED));
            return true;
        }
        Map<String, String> sent = metadata;
        if (!extra.isEmpty()) {
            sent = new LinkedHashMap<>(extra);
            sent.putAll(metadata);
        }
        try {
            CommandAccepted accepted = commands.sendWithMetadata(command, sent);
            steps.add(ImportStep.of(name, accepted.id(), ImportStep.RECORDED));
            return true;
        } catch (DomainException refused) {
            steps.add(new ImportStep(name, target, ImportStep.REFUSED, refused.code(), refused.getMessage()));
        } catch (CommandExecutionException remote) {
            if (!(remote.getCause() instanceof DomainException refused)) {
                throw remote;
            }
            steps.add(new ImportStep(name, target, ImportStep.REFUSED, refused.code(), refused.getMessage()));
        } catch (AggregateNotFoundException notFound) {
            steps.add(new ImportStep(name, target, ImportStep.REFUSED, "NOT_FOUND", "No record with id " + target));
        }
        return false;
    }

    void alreadyRecorded(String command, String target) {
        steps.add(ImportStep.of(command, target, ImportStep.ALREADY_RECORDED));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String outcome : List.of(ImportStep.RECORDED, ImportStep.ALREADY_RECORDED, ImportStep.REFUSED,
                ImportStep.PLANNED)) {
            counts.put(outcome, steps.stream().filter(step -> step.outcome().equals(outcome)).count());
        }
        return counts;
    }
}
