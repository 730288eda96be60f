package org.decisionledger.command.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.common.ExpectedVersionTargetResolver;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRegistered;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.AuthorityRulesAdopted;
import org.decisionledger.kernel.authority.ConfigureAuthority;
import org.decisionledger.kernel.common.CommandAccepted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A council's rules are versions adopted from dates; a PUT that changes nothing records nothing. */
class AuthorityTest {

    private static final AuthorityId STAFFORDSHIRE = new AuthorityId("staffordshire");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final AuthorityRules THREE_DAYS = rules(3);
    private static final AuthorityRules FIVE_DAYS = rules(5);

    private AggregateTestFixture<Authority> fixture;

    private static AuthorityRules rules(int callInWorkingDays) {
        return new AuthorityRules(callInWorkingDays, null, 2, 28, 5, "£1m", null, List.of());
    }

    private static ConfigureAuthority configure(String name, AuthorityRules rules, LocalDate validFrom) {
        return new ConfigureAuthority(STAFFORDSHIRE, name, rules, validFrom, TODAY);
    }

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Authority.class);
    }

    @Test
    void theFirstConfigurationRegistersTheCouncil() {
        fixture.givenNoPriorActivity()
                .when(configure("Staffordshire County Council", THREE_DAYS, null))
                .expectEvents(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(
                        new CommandAccepted("staffordshire", 0, java.util.Map.of("created", true))));
    }

    @Test
    void newRulesAreAdoptedFromTheirDate() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY))
                .when(configure("Staffordshire County Council", FIVE_DAYS, LocalDate.of(2024, 1, 1)))
                .expectEvents(new AuthorityRulesAdopted(STAFFORDSHIRE, FIVE_DAYS, LocalDate.of(2024, 1, 1), TODAY));
    }

    @Test
    void newRulesWithoutADateApplyFromTheDayTheyAreMadeAndLeaveThePastAlone() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null,
                        LocalDate.of(2020, 1, 1)),
                        new AuthorityRulesAdopted(STAFFORDSHIRE, FIVE_DAYS, LocalDate.of(2024, 1, 1),
                                LocalDate.of(2023, 6, 1)))
                .when(configure("Staffordshire County Council", rules(10), null))
                .expectEvents(new AuthorityRulesAdopted(STAFFORDSHIRE, rules(10), TODAY, TODAY))
                .expectState(state -> {
                    assertThat(state.rulesOn(LocalDate.of(2023, 9, 21))).contains(THREE_DAYS);
                    assertThat(state.rulesOn(LocalDate.of(2024, 6, 1))).contains(FIVE_DAYS);
                    assertThat(state.rulesOn(TODAY.minusDays(1))).contains(FIVE_DAYS);
                    assertThat(state.rulesOn(TODAY)).contains(rules(10));
                });
    }

    @Test
    void theRulesInForceTodaySentAgainWithoutADateRecordNothing() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY),
                        new AuthorityRulesAdopted(STAFFORDSHIRE, FIVE_DAYS, LocalDate.of(2024, 1, 1), TODAY))
                .when(configure("Staffordshire County Council", FIVE_DAYS, null))
                .expectNoEvents();
    }

    @Test
    void aNewNameIsRecordedAsARenaming() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire CC", THREE_DAYS, null, TODAY))
                .when(configure("Staffordshire County Council", THREE_DAYS, null))
                .expectEvents(new AuthorityRenamed(STAFFORDSHIRE, "Staffordshire County Council", "Staffordshire CC", TODAY));
    }

    @Test
    void anIdenticalConfigurationRecordsNothing() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY))
                .when(configure("Staffordshire County Council", THREE_DAYS, null))
                .expectNoEvents();
    }

    @Test
    void aStaleExpectedVersionIsRefused() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY),
                        new AuthorityRenamed(STAFFORDSHIRE, "Staffordshire CC", "Staffordshire County Council", TODAY))
                .when(configure("Staffordshire", THREE_DAYS, null),
                        MetaData.with(ExpectedVersionTargetResolver.EXPECTED_VERSION, "0"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY))
                .when(configure("Staffordshire", THREE_DAYS, null),
                        MetaData.with(ExpectedVersionTargetResolver.EXPECTED_VERSION, "0"))
                .expectEvents(new AuthorityRenamed(STAFFORDSHIRE, "Staffordshire", "Staffordshire County Council", TODAY));
    }

    @Test
    void theRulesInForceAreThoseOfTheLatestVersionOnOrBeforeTheDay() {
        Authority authority = new Authority();
        fixture.given(new AuthorityRegistered(STAFFORDSHIRE, "Staffordshire County Council", THREE_DAYS, null, TODAY),
                        new AuthorityRulesAdopted(STAFFORDSHIRE, FIVE_DAYS, LocalDate.of(2024, 1, 1), TODAY))
                .when(configure("Staffordshire County Council", FIVE_DAYS, LocalDate.of(2024, 1, 1)))
                .expectNoEvents()
                .expectState(state -> {
                    assertThat(state.rulesOn(LocalDate.of(2023, 12, 31))).contains(THREE_DAYS);
                    assertThat(state.rulesOn(LocalDate.of(2024, 1, 1))).contains(FIVE_DAYS);
                });
        assertThat(authority.rulesOn(TODAY)).isEmpty();
    }
}
