package org.decisionledger.command.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.decisionledger.kernel.common.InvalidCommand;

/**
 * The text of a published page as an importer reads it: strict UTF-8, no control characters but
 * line breaks and tabs, lines with web-page spacing (non-breaking spaces, zero-width characters)
 * made plain and each cut at {@link #MAX_LINE} characters, so no later step sees unbounded input.
 * The hash is of the bytes as sent, so it names the source exactly.
 */
public final class PageText {

    /** Longer lines are cut for reading; a decision record's fields are far shorter. */
    static final int MAX_LINE = 20_000;
    static final String FIELD = "body";

    private final List<String> lines;
    private final String sha256;

    private PageText(List<String> lines, String sha256) {
        this.lines = lines;
        this.sha256 = sha256;
    }

    /**
     * @throws InvalidCommand (400, field {@code body}) for an empty body, bytes that are not UTF-8, or
     *                        binary content
     */
    public static PageText of(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidCommand(FIELD, "The body is empty: send the text of a published page as text/plain.");
        }
        String text = decode(body);
        if (text.isBlank()) {
            throw new InvalidCommand(FIELD, "The body holds only white space: send the text of a published page.");
        }
        return new PageText(lines(text), sha256(body));
    }

    public static PageText of(String text) {
        return of(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    public List<String> lines() {
        return lines;
    }

    /** The SHA-256 of the bytes as sent, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    private static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidCommand(FIELD, "The body is not UTF-8 text: send the text of a published page, "
                    + "not a binary file.");
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new InvalidCommand(FIELD, "The body holds control characters (such as NUL): send the text "
                        + "of a published page, not a binary file.");
            }
        }
        return chars.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lines.add(plain(text, start, Math.min(end, start + MAX_LINE)));
            start = end + 1;
        }
        return List.copyOf(lines);
    }

    /** Web-page spacing made plain: one kind of space, no zero-width characters, no ends of spaces. */
    private static String plain(String text, int from, int to) {
        StringBuilder line = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                }
                case '\t', '\f', '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> line.append(' ');
                default -> line.append(c);
            }
        }
        return line.toString().strip();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
