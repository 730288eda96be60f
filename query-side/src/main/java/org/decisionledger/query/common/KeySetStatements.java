package org.decisionledger.query.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Statements that look rows up by a set of keys ({@code = ANY (?)}), each planned for the keys it
 * is given.
 *
 * <p>PostgreSQL's JDBC driver prepares a statement on the server from its fifth use, and PostgreSQL
 * may then keep one generic plan for it. A generic plan made while a table was nearly empty scans
 * the whole table, and it stays in use until the table's statistics are gathered again: with
 * autovacuum off or behind, the ledger checked each batch of 500 keys against every row it held,
 * over a second per batch at 55,000 events. These statements are never prepared on the server, so
 * PostgreSQL plans each one with its keys and the table's current size: one plan per batch.
 */
public final class KeySetStatements {

    private KeySetStatements() {
    }

    public static <T> List<T> query(JdbcTemplate jdbc, String sql, RowMapper<T> rows, Object... arguments) {
        return jdbc.query(plannedForItsKeys(sql, arguments), rows);
    }

    public static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler rows, Object... arguments) {
        jdbc.query(plannedForItsKeys(sql, arguments), rows);
    }

    public static int update(JdbcTemplate jdbc, String sql, Object... arguments) {
        return jdbc.update(plannedForItsKeys(sql, arguments));
    }

    static PreparedStatementCreator plannedForItsKeys(String sql, Object... arguments) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        };
    }
}
