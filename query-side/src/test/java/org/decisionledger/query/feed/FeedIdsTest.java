package org.decisionledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Entry and feed ids are name-based UUIDs: the same name always, a different name never, gives the same id. */
class FeedIdsTest {

    @Test
    void nameBasedUuidsAreVersion5AsRfc9562Defines() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(FeedIds.nameBased(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void anEntrysIdDependsOnlyOnItsDecisionAndSequence() {
        String id = FeedIds.decisionStep("0190f3c2-0000-7000-8000-000000000001", 3);

        assertThat(id).startsWith("urn:uuid:").hasSize("urn:uuid:".length() + 36);
        assertThat(FeedIds.decisionStep("0190f3c2-0000-7000-8000-000000000001", 3)).isEqualTo(id);
        assertThat(FeedIds.decisionStep("0190f3c2-0000-7000-8000-000000000001", 4)).isNotEqualTo(id);
        assertThat(FeedIds.decisionStep("0190f3c2-0000-7000-8000-000000000002", 3)).isNotEqualTo(id);
        assertThat(FeedIds.scrutinyItem("0190f3c2-0000-7000-8000-000000000001", 3)).isNotEqualTo(id);
        // pinned: a change to the namespace or the names would give every reader every entry again
        assertThat(id).isEqualTo("urn:uuid:6a91f596-ec1a-5cca-bf4f-69f4b6f0f998");
        assertThat(FeedIds.feed("decisions", null)).isEqualTo(FeedIds.feed("decisions", ""))
                .isNotEqualTo(FeedIds.feed("decisions", "staffordshire"));
    }
}
