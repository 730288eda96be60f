package org.decisionledger.app.storage;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service's transaction manager: Spring's JDBC one, except that it does not try to roll back on
 * a connection the pool has already closed.
 *
 * <p>When PostgreSQL restarts while a command commits, the commit fails (SQLSTATE 57P01 or class 08),
 * the pool closes the broken connection, and Spring then rolls back on it. That rollback failed with
 * the pool's "Connection is closed", and its failure replaced the commit's: the answer became a 500
 * instead of 503 STORE_UNAVAILABLE (ADR 0018), although the command may have been recorded and
 * should be sent again with its Idempotency-Key. There is nothing to roll back on a closed
 * connection (the server ends the transaction with the session), so the commit's own failure is
 * what the caller sees.
 */
public class StoreTransactionManager extends JdbcTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(StoreTransactionManager.class);

    public StoreTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        if (connectionClosed()) {
            log.debug("Not rolling back on a connection the pool has closed; the server ended the transaction");
            return;
        }
        super.doRollback(status);
    }

    private boolean connectionClosed() {
        if (!(TransactionSynchronizationManager.getResource(obtainDataSource()) instanceof ConnectionHolder holder)) {
            return false;
        }
        try {
            return holder.getConnection().isClosed();
        } catch (SQLException | IllegalStateException noConnectionToAsk) {
            return false;
        }
    }
}
