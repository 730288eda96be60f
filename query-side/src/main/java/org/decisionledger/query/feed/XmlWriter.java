package org.decisionledger.query.feed;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML 1.0 that parses whatever text it is given. Markup characters are escaped, and a
 * character XML 1.0 cannot carry at all, even as a reference (the C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF, a lone surrogate), is written as U+FFFD. The API stores
 * text byte for byte and accepts such characters; one of them must not make a whole feed unreadable.
 */
final class XmlWriter {

    static final int REPLACEMENT = 0xFFFD;

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name and value pairs, a null value leaves the attribute out. */
    XmlWriter start(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        xml.append(">\n");
        open.push(name);
        return this;
    }

    /** An element holding text only. */
    XmlWriter element(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        xml.append('>').append(text(text)).append("</").append(name).append(">\n");
        return this;
    }

    XmlWriter empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        xml.append("/>\n");
        return this;
    }

    XmlWriter end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    String toXml() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Elements left open: " + open);
        }
        return xml.toString();
    }

    private StringBuilder indent() {
        return xml.append("  ".repeat(open.size()));
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come as name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.append(' ').append(attributes[i]).append("=\"").append(attribute(attributes[i + 1])).append('"');
            }
        }
    }

    /** Character data: markup escaped, a carriage return kept as a reference so parsers do not fold it away. */
    static String text(String value) {
        return escape(value, false);
    }

    /** An attribute value in double quotes: white space other than the space kept as references, since parsers normalise it. */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#13;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> escaped.appendCodePoint(allowed(c) ? c : REPLACEMENT);
            }
        });
        return escaped.toString();
    }

    /** XML 1.0's Char production. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
