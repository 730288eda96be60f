package org.decisionledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Text of any kind becomes XML 1.0 that the JDK's parser reads back as the same text, or as U+FFFD where XML cannot carry a character. */
class XmlWriterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element written(String text, String attribute) throws Exception {
        String xml = new XmlWriter().start("root").element("value", text, "attribute", attribute).end().toXml();
        return (Element) parse(xml).getDocumentElement().getElementsByTagName("value").item(0);
    }

    @Test
    void markupInTextAndAttributesIsEscapedAndReadBackAsWritten() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" ]]> &amp;";

        Element value = written(hostile, hostile);

        assertThat(value.getTextContent()).isEqualTo(hostile);
        assertThat(value.getAttribute("attribute")).isEqualTo(hostile);
        assertThat(XmlWriter.text(hostile)).doesNotContain("<script>").contains("&lt;script&gt;", "&amp;amp;");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedAndTheDocumentStillParses() throws Exception {
        String controls = "bell\u0007 nul\u0000 escape\u001b vertical\u000b form\u000c not-a-character\uffff\ufffe"
                + " lone\ud800surrogate";

        Element value = written(controls, controls);

        String expected = "bell\ufffd nul\ufffd escape\ufffd vertical\ufffd form\ufffd not-a-character\ufffd\ufffd"
                + " lone\ufffdsurrogate";
        assertThat(value.getTextContent()).isEqualTo(expected);
        assertThat(value.getAttribute("attribute")).isEqualTo(expected);
    }

    @Test
    void whiteSpaceAndCharactersBeyondTheBasicPlaneSurviveAsWritten() throws Exception {
        String text = "tab\there\r\nnext line, café, 𝄞 and \u0085 (allowed in XML 1.0)";

        Element value = written(text, text);

        assertThat(value.getTextContent()).isEqualTo(text);
        assertThat(value.getAttribute("attribute")).as("attribute values are not normalised away").isEqualTo(text);
    }

    @Test
    void onlyXmlsCharactersAreAllowed() {
        assertThat(XmlWriter.allowed('\t')).isTrue();
        assertThat(XmlWriter.allowed(' ')).isTrue();
        assertThat(XmlWriter.allowed(0x1F)).isFalse();
        assertThat(XmlWriter.allowed(0xD7FF)).isTrue();
        assertThat(XmlWriter.allowed(0xD800)).isFalse();
        assertThat(XmlWriter.allowed(0xFFFD)).isTrue();
        assertThat(XmlWriter.allowed(0xFFFE)).isFalse();
        assertThat(XmlWriter.allowed(0x10FFFF)).isTrue();
    }

    @Test
    void aDocumentIsFinishedOnlyWithEveryElementClosed() {
        XmlWriter writer = new XmlWriter().start("feed").start("entry");
        assertThatThrownBy(writer::toXml).isInstanceOf(IllegalStateException.class);
        assertThat(writer.end().end().toXml()).endsWith("</feed>\n");
    }
}
