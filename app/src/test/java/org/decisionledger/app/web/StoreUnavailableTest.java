package org.decisionledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class StoreUnavailableTest {

    @Test
    void aPoolThatCannotHandOutAConnectionIsTheStoreUnavailableHoweverDeeplyWrapped() {
        SQLTransientConnectionException pool = new SQLTransientConnectionException("request timed out after 1000ms");
        Exception wrapped = new CommandExecutionException("failed",
                new EventStoreException("append failed", new CannotGetJdbcConnectionException("no connection", pool)));

        assertThat(StoreUnavailable.causedBy(wrapped)).isTrue();
        assertThat(StoreUnavailable.causedBy(pool)).isTrue();
    }

    @Test
    void aConnectionLostOrAServerShuttingDownIsTheStoreUnavailable() {
        assertThat(StoreUnavailable.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(StoreUnavailable.causedBy(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(StoreUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(StoreUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aRollbackThatFailedBecauseTheConnectionWasCutIsJudgedByTheFailureThatStartedIt() {
        TransactionSystemException cut = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback failed", "XX000"));
        cut.initApplicationException(new DataAccessResourceFailureException("terminating connection",
                new SQLException("terminating connection due to administrator command", "57P01")));
        TransactionSystemException bug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback failed", "XX000"));
        bug.initApplicationException(new IllegalStateException("a bug"));

        assertThat(StoreUnavailable.causedBy(cut)).isTrue();
        assertThat(StoreUnavailable.causedBy(new CommandExecutionException("failed", cut))).isTrue();
        assertThat(StoreUnavailable.causedBy(bug)).isFalse();
    }

    @Test
    void aConnectionThePoolClosedAfterItWasLostIsTheStoreUnavailable() {
        SQLException closed = new SQLException("Connection is closed");
        Exception asAxonReportsIt = new JdbcException("Failed to create a SQL statement", closed);

        assertThat(StoreUnavailable.causedBy(asAxonReportsIt)).isTrue();
        assertThat(StoreUnavailable.causedBy(new SQLException("Connection is closed", "42000"))).isFalse();
    }

    @Test
    void faultsInTheRequestOrTheServiceAreNot() {
        assertThat(StoreUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(StoreUnavailable.causedBy(new DataIntegrityViolationException("check violated"))).isFalse();
        assertThat(StoreUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(StoreUnavailable.causedBy(new SQLException("no state"))).isFalse();
    }

    @Test
    void aChainOfCausesThatLoopsEndsTheSearch() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(StoreUnavailable.causedBy(first)).isFalse();
    }
}
