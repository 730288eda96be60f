package org.decisionledger.kernel.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a command handler answers when it accepted a command: the aggregate, its version after the
 * command (the HTTP ETag) and any facts the caller should see at once (for example computed dates).
 */
public record CommandAccepted(String id, long version, Map<String, Object> facts) {

    public CommandAccepted {
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static CommandAccepted of(String id, long version) {
        return new CommandAccepted(id, version, Map.of());
    }
}
