package clinic.cadence.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xhtmlrenderer.resource.FSEntityResolver;

/**
 * The page's XHTML as a DOM, parsed as Flying Saucer's {@code XMLResource} parses it (namespaces
 * on, no validation, its entity resolver for a template that declares a DOCTYPE) but by one
 * parser per thread, reused: {@code XMLResource} builds the tree through an XSLT identity
 * transform, about a tenth of a plan's time. The same page gives the same tree, and the same PDF.
 */
final class PageParser {
    private final ThreadLocal<DocumentBuilder> perThread = ThreadLocal.withInitial(PageParser::newBuilder);

    /** @throws SAXException for XHTML that is not well-formed, with the parser's message */
    Document parse(String xhtml) throws SAXException {
        DocumentBuilder builder = perThread.get();
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        } finally {
            builder.reset();
            builder.setEntityResolver(FSEntityResolver.instance());
            builder.setErrorHandler(FAIL_ON_FATAL);
        }
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setExpandEntityReferences(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver(FSEntityResolver.instance());
            builder.setErrorHandler(FAIL_ON_FATAL);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    /** Quiet (the JDK's default handler prints to the terminal); only a fatal error stops the parse. */
    private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
