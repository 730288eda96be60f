package org.decisionledger.command.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target aggregate from the command's annotations, and the version the caller expects
 * from the {@code If-Match} header carried as metadata, so optimistic locking needs no field in
 * every command. Axon refuses a command whose aggregate has moved past that version.
 */
@Component
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        if (expected == null) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), Long.valueOf(expected.toString()));
    }
}
