package org.decisionledger.app.decision;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** The decision journey for tests in other packages. */
public final class DecisionJourneyAccess {

    private final DecisionJourney journey;

    public DecisionJourneyAccess(Api api) {
        this.journey = new DecisionJourney(api);
    }

    public String council(int callInWorkingDays, int signatories) {
        return journey.council(callInWorkingDays, signatories);
    }

    public String propose(String council, String title, boolean keyDecision) {
        return journey.propose(council, title, keyDecision);
    }

    public Api.Response approve(String decision, String decidedOn) {
        return journey.approve(decision, decidedOn);
    }

    public Api.Response publish(String decision, String publishedOn) {
        return journey.publish(decision, publishedOn);
    }

    public Api.Response callIn(String decision, String raisedOn, java.util.List<String> signatories) {
        return journey.callIn(decision, raisedOn, signatories);
    }

    public JsonNode viewWhen(String decision, java.util.function.Predicate<JsonNode> condition) {
        return journey.viewWhen(decision, condition);
    }
}
