package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.PropertyMerge;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What an UPDATE of a DEPLOYED instance changes: for each posted element, its stored properties merged with the
 * posted ones, and its description when one is posted.
 */
record DeployedUpdate(Map<UUID, Map<String, Object>> properties, Map<UUID, String> descriptions) {

    /**
     * @throws InstanceRejectedException if a posted element is not the instance's, or names another definition
     */
    static DeployedUpdate of(AutomationCompositionInstance instance, InstanceDraft draft) {
        Map<UUID, Map<String, Object>> properties = new LinkedHashMap<>();
        Map<UUID, String> descriptions = new LinkedHashMap<>();
        for (InstanceDraft.Element element : draft.elements()) {
            InstanceElement stored = instance.element(element.id()).orElseThrow(
                    () -> new InstanceRejectedException("Element id not present " + element.id()));
            if (element.definition() != null && !element.definition().equals(stored.definition())) {
                throw new InstanceRejectedException("Element " + element.id() + " instantiates "
                        + stored.definition() + ", not " + element.definition());
            }
            // ONAP merges: keys the update leaves out keep their stored values.
            properties.put(element.id(), PropertyMerge.merged(stored.properties(), element.properties()));
            if (element.description() != null) {
                descriptions.put(element.id(), element.description());
            }
        }
        return new DeployedUpdate(properties, descriptions);
    }
}
