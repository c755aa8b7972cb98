package cn.netlaw.api.timeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A timeline picture read back as a test reads it: its groups that stand for facts (class, title, metadata), and its
 * validation against the SVG 1.1 DTD committed in {@code src/test/resources/svg11/} (every module resolved from that
 * folder; a reference outside it fails, so that validation never reaches the network).
 */
final class DrawnPicture {

    /** One group of the picture: its class tokens, its title and its metadata (an instant or an interval). */
    record Fact(List<String> kinds, String title, String metadata) {
        boolean is(String... tokens) {
            return kinds.containsAll(Arrays.asList(tokens));
        }
    }

    private final Document document;

    private DrawnPicture(Document document) {
        this.document = document;
    }

    /** Parses the picture (well-formed XML, or an exception). */
    static DrawnPicture read(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(STRICT);
            return new DrawnPicture(builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the picture is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Validates the picture against the SVG 1.1 DTD: the document type declaration of SVG 1.1 is put before its root
     * element (the picture itself, as SVG 2 recommends, has none), and every error is thrown.
     */
    static void validate(String svg) {
        URL dtd = DrawnPicture.class.getResource("/svg11/svg11.dtd");
        if (dtd == null) {
            throw new IllegalStateException("src/test/resources/svg11/svg11.dtd is not on the test classpath");
        }
        int root = svg.indexOf("<svg");
        String withDoctype = svg.substring(0, root) + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \""
                + dtd + "\">\n" + svg.substring(root);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            // the DTD's presentation attribute list is a parameter entity of 15,002 characters, over the JDK's default
            // limit of 15,000: the limit is raised for this trusted, local schema
            factory.setAttribute("jdk.xml.maxParameterEntitySizeLimit", "100000");
            DocumentBuilder builder = factory.newDocumentBuilder();
            String folder = dtd.toURI().resolve(".").toString();
            builder.setEntityResolver((publicId, systemId) -> {
                if (systemId == null || !systemId.startsWith(folder)) {
                    throw new SAXException("a schema module outside src/test/resources/svg11/: " + systemId);
                }
                return null;
            });
            builder.setErrorHandler(STRICT);
            InputSource source = new InputSource(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8)));
            source.setSystemId(folder + "picture.svg");
            builder.parse(source);
        } catch (ParserConfigurationException | IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("the picture is not valid SVG 1.1: " + e.getMessage(), e);
        }
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    Element root() {
        return document.getDocumentElement();
    }

    /** The text of the root's first child element of that name (title, desc, metadata). */
    String rootText(String name) {
        for (Node n = root().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** Every group with a class, a title and a metadata child, in document order. */
    List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String title = null;
            String metadata = null;
            for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("title")) {
                    title = e.getTextContent();
                } else if (n instanceof Element e && e.getLocalName().equals("metadata")) {
                    metadata = e.getTextContent();
                }
            }
            if (g.hasAttribute("class") && title != null && metadata != null) {
                out.add(new Fact(List.of(g.getAttribute("class").split(" ")), title, metadata));
            }
        }
        return out;
    }

    /** The facts whose class has all the tokens. */
    List<Fact> facts(String... tokens) {
        return facts().stream().filter(f -> f.is(tokens)).toList();
    }

    /** Every value of the colour attributes (fill, stroke) that is not a pattern or none. */
    List<String> colours() {
        List<String> out = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("fill", "stroke")) {
                String value = e.getAttribute(attribute);
                if (!value.isEmpty() && !value.equals("none") && !value.startsWith("url(#")) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    static InputStream resource(String name) {
        return DrawnPicture.class.getResourceAsStream(name);
    }
}
