package org.decisionledger.query.authority;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.decisionledger.kernel.authority.AuthorityRegistered;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.decisionledger.kernel.authority.AuthorityRulesAdopted;
import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Councils and their rule versions. Writes are keyed by aggregate sequence, so a redelivered or
 * replayed event changes nothing.
 */
@Component
@ProcessingGroup(AuthorityProjection.PROCESSING_GROUP)
class AuthorityProjection {

    static final String PROCESSING_GROUP = "authority-register";

    private final JdbcTemplate jdbc;

    AuthorityProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AuthorityRegistered event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO authority_view (authority_id, name, version) VALUES (?, ?, ?)
                ON CONFLICT (authority_id) DO NOTHING""", event.authorityId().value(), event.name(), sequence);
        addVersion(event.authorityId().value(), sequence, event.validFrom(), Documents.write(event.rules()),
                event.configuredOn());
    }

    @EventHandler
    void on(AuthorityRenamed event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE authority_view SET name = ?, version = ? WHERE authority_id = ? AND version < ?",
                event.name(), sequence, event.authorityId().value(), sequence);
    }

    @EventHandler
    void on(AuthorityRulesAdopted event, @SequenceNumber long sequence) {
        addVersion(event.authorityId().value(), sequence, event.validFrom(), Documents.write(event.rules()),
                event.configuredOn());
    }

    private void addVersion(String authorityId, long sequence, java.time.LocalDate validFrom, String rules,
            java.time.LocalDate adoptedOn) {
        jdbc.update("""
                INSERT INTO authority_rule_version (authority_id, ordinal, valid_from, rules, adopted_on)
                VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT (authority_id, ordinal) DO NOTHING""",
                authorityId, (int) sequence, validFrom, rules, adoptedOn);
        jdbc.update("UPDATE authority_view SET version = ? WHERE authority_id = ? AND version < ?",
                sequence, authorityId, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM authority_rule_version");
        jdbc.update("DELETE FROM authority_view");
    }
}
