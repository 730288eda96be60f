package org.decisionledger.kernel.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a council's rules in the order they were adopted. The rules in force on a day are
 * those of the version with the latest {@code validFrom} on or before it (a version without one
 * applies from the beginning); of two versions with the same {@code validFrom}, the later adopted wins.
 */
public record RuleBook(List<Version> versions) {

    public record Version(LocalDate validFrom, AuthorityRules rules, LocalDate adoptedOn) {
    }

    public RuleBook {
        versions = List.copyOf(versions);
    }

    public static RuleBook empty() {
        return new RuleBook(List.of());
    }

    public RuleBook adopt(LocalDate validFrom, AuthorityRules rules, LocalDate adoptedOn) {
        List<Version> next = new ArrayList<>(versions);
        next.add(new Version(validFrom, rules, adoptedOn));
        return new RuleBook(next);
    }

    public Optional<AuthorityRules> rulesOn(LocalDate day) {
        Version inForce = null;
        for (Version version : versions) {
            if (version.validFrom() != null && version.validFrom().isAfter(day)) {
                continue;
            }
            if (inForce == null || !start(version).isBefore(start(inForce))) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce).map(Version::rules);
    }

    /** True when adopting these rules from this date would change nothing. */
    public boolean alreadyInForce(LocalDate validFrom, AuthorityRules rules) {
        return versions.stream()
                .filter(version -> java.util.Objects.equals(version.validFrom(), validFrom))
                .reduce((first, second) -> second)
                .map(version -> version.rules().equals(rules))
                .orElse(false);
    }

    public List<Version> chronological() {
        return versions.stream().sorted(Comparator.comparing(RuleBook::start)).toList();
    }

    private static LocalDate start(Version version) {
        return version.validFrom() == null ? LocalDate.MIN : version.validFrom();
    }
}
