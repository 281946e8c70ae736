package dev.acmr.launcher.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The servers a Payara domain defines, read from its domain.xml. */
public final class DomainXml {

    private DomainXml() {
    }

    /**
     * The names of the domain's servers (the DAS and every instance created in it), in document order; none when the
     * file does not exist yet or cannot be read, as for a domain that was never created.
     */
    public static Set<String> serverNames(Path domainXml) {
        if (!Files.isRegularFile(domainXml)) {
            return Set.of();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // domain.xml is our own file, but a parser that never fetches anything is the safe default.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Fails on a malformed file instead of printing the parser's complaint into the launcher's output.
            builder.setErrorHandler(new DefaultHandler());
            NodeList servers = builder.parse(domainXml.toFile()).getElementsByTagName("server");
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < servers.getLength(); i++) {
                String name = ((Element) servers.item(i)).getAttribute("name");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Set.of();
        }
    }
}
