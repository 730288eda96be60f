package org.decisionledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.decisionledger.kernel.decision.Resolution;

/**
 * Recognises delegations of authority in the words councils use:
 * "delegated authority be given to the Director for Children and Families for allocating funding ..."
 * and "the award of the Framework be delegated to the Director ... and that ...". Anything less plain
 * (authority "given" to nobody named, delegations that "will be sought") is left alone: a delegation
 * the importer is unsure of is not recorded.
 */
final class Delegations {

    private static final int LONGEST_SENTENCE = 2000;
    private static final Pattern GIVEN_TO = Pattern.compile(
            "(?i)\\bdelegated\\s+authority\\s+(?:be|is|was|being)\\s+(?:given|granted)\\s+to\\s+");
    private static final Pattern BE_DELEGATED_TO = Pattern.compile("(?i)\\s+(?:be|is|was|being)\\s+delegated\\s+to\\s+");
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s+(?:for|to)\\s+(?=[a-z]+ing\\b|the\\s+purpose\\b)");
    private static final Pattern AND_THAT = Pattern.compile("(?i),?\\s+and\\s+that\\s+");
    private static final Pattern TENTATIVE = Pattern.compile("(?i)\\b(will|would|may|might|could)\\s+be\\s+sought\\b|\\bif appropriate\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:that\\s+)?");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^the\\s+");

    private Delegations() {
    }

    static List<RecognisedDelegation> in(List<Resolution> resolutions) {
        List<RecognisedDelegation> found = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            String label = resolution.label() == null ? "" : resolution.label();
            find(label, resolution.text(), found);
            for (Resolution sub : resolution.subItems()) {
                find(label + (sub.label() == null ? "" : sub.label()), sub.text(), found);
            }
        }
        return List.copyOf(found);
    }

    private static void find(String label, String text, List<RecognisedDelegation> found) {
        for (String sentence : sentences(text)) {
            if (TENTATIVE.matcher(sentence).find()) {
                continue;
            }
            RecognisedDelegation delegation = givenTo(label, sentence);
            if (delegation == null) {
                delegation = beDelegatedTo(label, sentence);
            }
            if (delegation != null) {
                found.add(delegation);
            }
        }
    }

    /** "delegated authority be given to {delegate} for {scope}". */
    private static RecognisedDelegation givenTo(String label, String sentence) {
        Matcher given = GIVEN_TO.matcher(sentence);
        if (!given.find()) {
            return null;
        }
        String rest = sentence.substring(given.end());
        Matcher purpose = PURPOSE.matcher(rest);
        if (!purpose.find()) {
            return null;
        }
        String delegate = post(rest.substring(0, purpose.start()));
        String scope = clause(rest.substring(purpose.end()));
        return delegate.isEmpty() || scope.isEmpty() ? null : new RecognisedDelegation(label, delegate, scope, null);
    }

    /** "{scope} be delegated to {delegate} [and that {conditions}]". */
    private static RecognisedDelegation beDelegatedTo(String label, String sentence) {
        Matcher delegated = BE_DELEGATED_TO.matcher(sentence);
        if (!delegated.find()) {
            return null;
        }
        String scope = clause(LEADING.matcher(sentence.substring(0, delegated.start()).strip()).replaceFirst(""));
        String rest = sentence.substring(delegated.end());
        String conditions = null;
        Matcher andThat = AND_THAT.matcher(rest);
        if (andThat.find()) {
            conditions = clause(rest.substring(andThat.end()));
            rest = rest.substring(0, andThat.start());
        }
        String delegate = post(rest);
        return delegate.isEmpty() || scope.isEmpty() ? null
                : new RecognisedDelegation(label, delegate, scope, conditions == null || conditions.isEmpty() ? null : conditions);
    }

    private static String post(String words) {
        return ARTICLE.matcher(clause(words)).replaceFirst("");
    }

    private static String clause(String words) {
        String clause = words.strip();
        while (!clause.isEmpty() && ".;:,".indexOf(clause.charAt(clause.length() - 1)) >= 0) {
            clause = clause.substring(0, clause.length() - 1).strip();
        }
        return clause;
    }

    /** Sentences end at a full stop before a capital letter or at a semicolon; each is bounded in length. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == ';' || c == '\n'
                    || (c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                            && Character.isUpperCase(text.charAt(i + 2)));
            if (end) {
                add(sentences, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped.length() > LONGEST_SENTENCE ? stripped.substring(0, LONGEST_SENTENCE) : stripped);
        }
    }
}
