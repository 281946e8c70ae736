package dev.acmr.runtime.composition.tosca;

import java.util.Collection;

/** Where in a document a problem is, as an RFC 6901 JSON pointer ("/topology_template/node_templates/x"). */
final class JsonPointer {

    private JsonPointer() {
    }

    static String of(Collection<String> path) {
        if (path.isEmpty()) {
            return "the document root";
        }
        StringBuilder pointer = new StringBuilder();
        for (String step : path) {
            pointer.append('/').append(Excerpt.of(step).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
