package org.decisionledger.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoUsers HTTP Basic users officer, scrutiny, auditor and admin; only ever in the local profile
 * @param rolesClaim the JWT claim that lists a signed-in person's roles (production)
 * @param corsAllowedOrigins origins allowed to call the API from a browser; none by default
 */
@ConfigurationProperties("decision-ledger.security")
public record LedgerSecurityProperties(
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue List<String> corsAllowedOrigins) {
}
