package org.decisionledger.app.audit;

import org.decisionledger.kernel.common.MetadataKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who sent it, taken from the signed-in principal and never from the
 * request body, plus the request it came from. Commands sent outside a request (deadlines, start-up
 * seeding) keep whatever metadata their sender gave them.
 */
class SignedInActorInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private static Map<String, String> metadataFor(CommandMessage<?> command) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(MetadataKeys.COMMAND, command.getCommandName().substring(command.getCommandName().lastIndexOf('.') + 1));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName())) {
            metadata.put(MetadataKeys.ACTOR, authentication.getName());
            metadata.put(MetadataKeys.ACTOR_NAME, displayName(authentication));
            metadata.put(MetadataKeys.ROLES, authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> authority.substring("ROLE_".length()))
                    .sorted()
                    .collect(Collectors.joining(",")));
        } else if (!command.getMetaData().containsKey(MetadataKeys.ACTOR)) {
            metadata.put(MetadataKeys.ACTOR, AuditMetadata.SYSTEM_ACTOR);
            metadata.put(MetadataKeys.ACTOR_NAME, "Decision Ledger");
            metadata.put(MetadataKeys.ROLES, "SYSTEM");
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            Object requestId = servlet.getRequest().getAttribute(RequestIdFilter.ATTRIBUTE);
            if (requestId != null) {
                metadata.put(MetadataKeys.REQUEST_ID, requestId.toString());
            }
            metadata.put(MetadataKeys.CLIENT_ADDRESS, servlet.getRequest().getRemoteAddr());
        }
        return metadata;
    }

    private static String displayName(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            String name = jwt.getClaimAsString("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return authentication.getName();
    }
}
