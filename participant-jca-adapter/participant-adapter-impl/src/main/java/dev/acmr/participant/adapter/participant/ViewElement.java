package dev.acmr.participant.adapter.participant;

import java.util.Map;

/**
 * One element definition of a composition as this replica holds it: its node type, and its properties and
 * out-properties as private deep copies (see {@link Properties}); callers get copies again, never these maps.
 */
record ViewElement(String typeName, String typeVersion, Map<String, Object> properties,
        Map<String, Object> outProperties) {

    ViewElement {
        properties = Properties.copy(properties);
        outProperties = Properties.copy(outProperties);
    }

    ViewElement withOutProperties(Map<String, Object> newOutProperties) {
        return new ViewElement(typeName, typeVersion, properties, newOutProperties);
    }
}
