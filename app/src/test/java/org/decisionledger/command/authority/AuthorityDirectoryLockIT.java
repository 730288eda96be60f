package org.decisionledger.command.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.app.support.IntegrationTest;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another aggregate's command reads a council's rules without the council's lock: while one unit
 * of work holds the Authority (as a command on it does until it commits), the directory still
 * answers. Waiting there is how two commands came to hold one lock each and wait for the other.
 */
class AuthorityDirectoryLockIT extends IntegrationTest {

    @Autowired
    private Repository<Authority> authorities;

    @Autowired
    private AuthorityDirectory directory;

    @Test
    void rulesAreReadWhileAnotherUnitOfWorkHoldsTheCouncil() throws Exception {
        String council = "locking-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + council, Map.of("name", "County Council " + council,
                "callInWorkingDays", 4, "callInSignatoriesRequired", 2)).status()).isEqualTo(201);
        AuthorityId id = new AuthorityId(council);

        DefaultUnitOfWork<?> holding = DefaultUnitOfWork.startAndGet(null);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            authorities.load(council);
            // As a decision's command reads them: inside its own unit of work, on its own thread.
            Future<AuthorityRules> read = other.submit(() -> {
                DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
                try {
                    return directory.rulesOn(id, LocalDate.now().plusDays(1));
                } finally {
                    command.rollback();
                }
            });
            // A bound for liveness, not a speed: a read that waits for the lock never returns while it is held.
            assertThat(read.get(20, TimeUnit.SECONDS).callInWorkingDays()).isEqualTo(4);
        } finally {
            holding.rollback();
            other.shutdownNow();
        }
    }
}
