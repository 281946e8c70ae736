package dev.acmr.participant.adapter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.adapter.ParticipantResourceAdapter;
import dev.acmr.participant.adapter.config.AdapterProperty.Scope;
import dev.acmr.participant.adapter.inbound.ParticipantActivationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each default lives once, in {@link AdapterProperty}: the beans start from it, and the RAR's {@code ra.xml} declares
 * the same properties with the same descriptions and no value of its own (which would override the bean's).
 */
class AdapterPropertyTest {

    /** The RAR module's deployment descriptor, relative to this module's directory. */
    private static final Path RA_XML = Path.of("../participant-rar/src/main/rar/META-INF/ra.xml");

    @Test
    void theBeansStartFromTheDefaults() {
        ParticipantResourceAdapter adapter = new ParticipantResourceAdapter();
        assertEquals(AdapterProperty.BROKER_ADDRESS.defaultValue(), adapter.getBrokerAddress());
        assertEquals(AdapterProperty.BROKER_USER.defaultValue(), adapter.getBrokerUser());
        assertEquals(AdapterProperty.BROKER_PASSWORD.defaultValue(), adapter.getBrokerPassword());
        assertEquals(AdapterProperty.RECONNECT_INTERVAL_MS.defaultValue(), adapter.getReconnectIntervalMs());
        ParticipantActivationSpec spec = new ParticipantActivationSpec();
        assertEquals(AdapterProperty.REPLICA_ID.defaultValue(), spec.getReplicaId());
        assertEquals(AdapterProperty.HEARTBEAT_INTERVAL_MS.defaultValue(), spec.getHeartbeatIntervalMs());
    }

    @Test
    void raXmlRepeatsNoValue() throws Exception {
        assertEquals(0, raXml().getElementsByTagName("config-property-value").getLength(),
                "a value in ra.xml would be a second home for a default of AdapterProperty");
    }

    @Test
    void raXmlDeclaresTheResourceAdapterPropertiesWithTheirDescriptions() throws Exception {
        Element resourceAdapter = (Element) raXml().getElementsByTagName("resourceadapter").item(0);
        Map<String, String> declared = new LinkedHashMap<>();
        NodeList children = resourceAdapter.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals("config-property")) {
                declared.put(text(child, "config-property-name"), text(child, "description"));
            }
        }
        assertEquals(descriptions(Scope.RESOURCE_ADAPTER), declared);
    }

    @Test
    void raXmlDeclaresTheActivationPropertiesWithTheirDescriptionsRequiredOnesAsRequired() throws Exception {
        Element activationSpec = (Element) raXml().getElementsByTagName("activationspec").item(0);
        Map<String, String> declared = new LinkedHashMap<>();
        NodeList properties = activationSpec.getElementsByTagName("*");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            String tag = property.getTagName();
            if (tag.equals("config-property") || tag.equals("required-config-property")) {
                String name = text(property, "config-property-name");
                declared.put(name, text(property, "description"));
                AdapterProperty known = Arrays.stream(AdapterProperty.values())
                        .filter(p -> p.propertyName().equals(name)).findFirst().orElseThrow();
                assertEquals(known.required(), tag.equals("required-config-property"), name);
            }
        }
        assertEquals(descriptions(Scope.ACTIVATION), declared);
    }

    @Test
    void everyPropertyIsDescribed() {
        for (AdapterProperty property : AdapterProperty.values()) {
            assertTrue(property.description().length() > 10, property.name());
        }
    }

    private static Map<String, String> descriptions(Scope scope) {
        return Arrays.stream(AdapterProperty.values()).filter(property -> property.scope() == scope)
                .collect(Collectors.toMap(AdapterProperty::propertyName, AdapterProperty::description,
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static Document raXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(Files.newInputStream(RA_XML));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }
}
