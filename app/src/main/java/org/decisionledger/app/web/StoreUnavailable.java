package org.decisionledger.app.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the store could not be reached (PostgreSQL restarting or refusing
 * connections, the pool unable to hand out a connection, a connection cut), as opposed to a fault in
 * the request or in the service. Such a failure is answered 503 with {@code Retry-After}.
 */
final class StoreUnavailable {

    /** How far down a chain of causes to look; Axon and Spring wrap a driver's exception a few times. */
    private static final int DEPTH = 16;

    private StoreUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /**
     * A transaction whose rollback failed after its connection was cut reports the rollback's
     * failure (the pool's "Connection is closed", with no SQLSTATE) and keeps the failure that
     * started it aside, as its application exception: that one says why.
     */
    private static boolean causedBy(Throwable failure, int depth) {
        Throwable current = failure;
        for (; current != null && depth < DEPTH; depth++) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof SQLException sql
                            && (connectionLost(sql.getSQLState()) || closedByThePool(sql))) {
                return true;
            }
            if (current instanceof TransactionSystemException transaction
                    && transaction.getApplicationException() != null
                    && causedBy(transaction.getApplicationException(), depth + 1)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /**
     * The pool's answer on a connection it closed because the connection was lost: HikariCP closes
     * a connection whose statement failed with a connection error, and every later use in the same
     * transaction fails with this, without an SQLSTATE. Axon, reading an aggregate, catches the
     * first failure (the snapshot read) and tries again on the same connection, so this is what
     * reaches the caller.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception), and 57P01 to 57P03: the server shutting down, crashed
     * or not accepting connections yet.
     */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
