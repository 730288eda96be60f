package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.RuleRefused;
import org.springframework.stereotype.Component;

/** The council's rules as the aggregates see them, read outside a command in a unit of work of its own. */
@Component
class AuthorityRulesReader {

    private final AuthorityDirectory directory;

    AuthorityRulesReader(AuthorityDirectory directory) {
        this.directory = directory;
    }

    /** @throws org.decisionledger.kernel.common.UnknownResource (404) when the council is not known */
    void requireKnown(AuthorityId authorityId) {
        inUnitOfWork(() -> {
            directory.requireKnown(authorityId);
            return null;
        });
    }

    /** The rules in force on the day, or null when there is no day or the council had none then. */
    AuthorityRules rulesOn(AuthorityId authorityId, LocalDate day) {
        if (day == null) {
            return null;
        }
        try {
            return inUnitOfWork(() -> directory.rulesOn(authorityId, day));
        } catch (RuleRefused noRules) {
            return null;
        }
    }

    private static <T> T inUnitOfWork(Supplier<T> work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            T result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException failure) {
            unitOfWork.rollback(failure);
            throw failure;
        }
    }
}
