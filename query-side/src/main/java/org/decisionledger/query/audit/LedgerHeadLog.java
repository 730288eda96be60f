package org.decisionledger.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger head to the log when the service starts, so log archives hold a copy of it
 * outside the database (the ledger also logs it every thousand events, and on each verification).
 */
@Component
class LedgerHeadLog {

    private static final Logger log = LoggerFactory.getLogger(LedgerHeadLog.class);

    private final Ledger ledger;

    LedgerHeadLog(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ledger.head().ifPresentOrElse(
                head -> log.info("Ledger head: position {}, global index {}, hash {}", head.position(),
                        head.globalIndex(), head.hash()),
                () -> log.info("Ledger head: the ledger is empty"));
    }
}
