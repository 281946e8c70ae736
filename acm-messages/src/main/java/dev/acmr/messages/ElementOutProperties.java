package dev.acmr.messages;

import java.util.Map;

/**
 * The out-properties a participant reports for one element definition of a composition (ONAP's PrimeElementAck),
 * named by the node template's name and version.
 */
public record ElementOutProperties(String elementName, String elementVersion, Map<String, Object> outProperties) {

    public ElementOutProperties {
        outProperties = outProperties == null ? Map.of() : outProperties;
    }
}
