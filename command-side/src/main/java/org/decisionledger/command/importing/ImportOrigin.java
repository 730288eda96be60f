package org.decisionledger.command.importing;

import java.util.Map;

/**
 * Who or what runs an import and from where: the signed-in officer over HTTP, or the seed loader at
 * start-up, which names its own actor in {@code actorMetadata} because no one is signed in then.
 *
 * @param source a name for the source text (a seed's file name), or null
 */
public record ImportOrigin(String actor, String source, Map<String, String> actorMetadata) {

    public ImportOrigin {
        actorMetadata = actorMetadata == null ? Map.of() : Map.copyOf(actorMetadata);
    }

    public static ImportOrigin signedIn(String actor) {
        return new ImportOrigin(actor, null, Map.of());
    }
}
