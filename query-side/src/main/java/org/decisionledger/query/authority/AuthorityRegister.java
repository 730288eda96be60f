package org.decisionledger.query.authority;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.RuleBook;
import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads councils and their rule books from the authority read model. */
@Repository
public class AuthorityRegister {

    public record AuthoritySummary(String authorityId, String name, long version) {
    }

    private final JdbcTemplate jdbc;

    AuthorityRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AuthoritySummary> find(String authorityId) {
        return jdbc.query("SELECT authority_id, name, version FROM authority_view WHERE authority_id = ?",
                (rs, row) -> new AuthoritySummary(rs.getString(1), rs.getString(2), rs.getLong(3)), authorityId)
                .stream().findFirst();
    }

    public List<AuthoritySummary> all() {
        return jdbc.query("SELECT authority_id, name, version FROM authority_view ORDER BY authority_id",
                (rs, row) -> new AuthoritySummary(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    public RuleBook ruleBook(String authorityId) {
        List<RuleBook.Version> versions = jdbc.query("""
                SELECT valid_from, rules::text, adopted_on FROM authority_rule_version
                WHERE authority_id = ? ORDER BY ordinal""",
                (rs, row) -> new RuleBook.Version(toLocalDate(rs.getDate(1)),
                        Documents.read(rs.getString(2), AuthorityRules.class), toLocalDate(rs.getDate(3))),
                authorityId);
        return new RuleBook(versions);
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
