package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.shared.Paging;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Creates instances and answers queries about them. A new instance is checked against its composition as ONAP
 * checks it, and its elements are bound to the participants the composition's elements are bound to.
 */
@Stateless
public class InstantiationService {

    private static final Logger LOG = Logger.getLogger(InstantiationService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private InstanceRepository instances;

    public InstantiationService() {
        // for the container, which injects the fields
    }

    InstantiationService(CompositionRepository compositions, InstanceRepository instances) {
        this.compositions = compositions;
        this.instances = instances;
    }

    /**
     * Stores a new instance, UNDEPLOYED.
     *
     * @throws CompositionNotFoundException if the path names no composition
     * @throws InstanceRejectedException if the instance does not fit the composition or its name is taken
     */
    public UUID create(CompositionId compositionId, InstanceDraft draft) {
        // Share-locked: a racing DEPRIME or delete of the composition waits for the instance to be stored, then sees
        // it; other instances of the composition are created meanwhile. Two drafts with one name and version (or one
        // element id) racing past the checks below meet the unique keys when stored.
        CompositionDefinition composition = compositions.findForShare(compositionId)
                .orElseThrow(() -> new CompositionNotFoundException(compositionId.toString()));
        if (draft.compositionId() == null || !draft.compositionId().equals(compositionId.value())) {
            throw new InstanceRejectedException("Composition Id " + draft.compositionId()
                    + " does not match the path's " + compositionId);
        }
        if (composition.state() != AcTypeState.PRIMED) {
            throw new InstanceRejectedException("Commissioned automation composition definition not primed: "
                    + compositionId + " is " + composition.state());
        }
        if (instances.existsNamed(draft.name(), draft.version())) {
            throw new InstanceRejectedException(draft.name() + ":" + draft.version() + " already defined");
        }
        InstanceDraftCheck.elementRefusal(draft.elements(), composition.elementDefinitions()).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        List<UUID> inUse = instances.elementIdsInUse(draft.elements().stream().map(InstanceDraft.Element::id).toList());
        if (!inUse.isEmpty()) {
            throw new InstanceRejectedException("Element id already present: " + inUse);
        }
        Map<ToscaIdentifier, CompositionElement> definitions = composition.elements().stream()
                .collect(Collectors.toMap(CompositionElement::definition, Function.identity()));
        List<NewInstanceElement> elements = draft.elements().stream()
                .map(element -> newElement(element, definitions.get(element.definition()))).toList();
        UUID instanceId = UUID.randomUUID();
        AutomationCompositionInstance instance = new AutomationCompositionInstance(instanceId, compositionId,
                new ToscaIdentifier(draft.name(), draft.version()), draft.description(), elements, Instant.now());
        if (draft.compositionTargetId() != null) {
            instance.targetComposition(new CompositionId(draft.compositionTargetId()));
        }
        if (!instances.add(instance)) {
            throw new InstanceRejectedException(draft.name() + ":" + draft.version() + " already defined, or one of "
                    + "its element ids is present");
        }
        LOG.info(() -> "Created instance " + instanceId + " (" + draft.name() + " " + draft.version()
                + ") of composition " + compositionId + " with " + elements.size() + " element(s)");
        return instanceId;
    }

    /**
     * ONAP's update of an UNDEPLOYED instance: the draft's elements become the instance's (elements may be added and
     * removed, as long as the instance still fits its composition as a new one must), and its name, version and
     * description change when the draft gives them. An element the instance keeps may leave out its definition.
     * The caller holds the instance's row lock.
     *
     * @throws InstanceRejectedException if the result would not fit the composition, an element id is used by
     *         another instance, an element changes its definition, or the new name and version are taken
     */
    public void redefine(AutomationCompositionInstance instance, InstanceDraft draft) {
        CompositionDefinition composition = compositions.find(instance.compositionId())
                .orElseThrow(() -> new CompositionNotFoundException(instance.compositionId().toString()));
        List<InstanceDraft.Element> elements = draft.elements().stream()
                .map(element -> withDefinition(instance, element)).toList();
        InstanceDraftCheck.elementRefusal(elements, composition.elementDefinitions()).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        List<UUID> added = elements.stream().map(InstanceDraft.Element::id)
                .filter(id -> instance.element(id).isEmpty()).toList();
        List<UUID> inUse = added.isEmpty() ? List.of() : instances.elementIdsInUse(added);
        if (!inUse.isEmpty()) {
            throw new InstanceRejectedException("Element id already present: " + inUse);
        }
        ToscaIdentifier nameAndVersion = new ToscaIdentifier(draft.name() != null ? draft.name() : instance.name(),
                draft.version() != null ? draft.version() : instance.version());
        if (!nameAndVersion.equals(instance.nameAndVersion())
                && instances.existsNamed(nameAndVersion.name(), nameAndVersion.version())) {
            throw new InstanceRejectedException(nameAndVersion.name() + ":" + nameAndVersion.version()
                    + " already defined");
        }
        Map<ToscaIdentifier, CompositionElement> definitions = composition.elements().stream()
                .collect(Collectors.toMap(CompositionElement::definition, Function.identity()));
        instance.redefine(nameAndVersion, draft.description() != null ? draft.description()
                : instance.description().orElse(null), elements.stream()
                        .map(element -> newElement(element, definitions.get(element.definition()))).toList(),
                Instant.now());
        LOG.info(() -> "Redefined UNDEPLOYED instance " + instance.id() + " (" + nameAndVersion + ") with "
                + elements.size() + " element(s)");
    }

    // An element the instance has keeps its definition, whether or not the draft repeats it.
    private static InstanceDraft.Element withDefinition(AutomationCompositionInstance instance,
            InstanceDraft.Element element) {
        Optional<ToscaIdentifier> stored = instance.element(element.id()).map(InstanceElement::definition);
        if (stored.isPresent() && element.definition() != null && !element.definition().equals(stored.get())) {
            throw new InstanceRejectedException("Element " + element.id() + " instantiates " + stored.get()
                    + ", not " + element.definition());
        }
        ToscaIdentifier definition = element.definition() != null ? element.definition() : stored.orElseThrow(
                () -> new InstanceRejectedException("Invalid automation composition: elements." + element.id()
                        + ".definition is missing"));
        return new InstanceDraft.Element(element.id(), definition, element.description(), element.properties());
    }

    /**
     * The instance, read under its composition or, while it is being migrated, under the target composition (ONAP
     * accepts both, so that a client follows a migration with the target's id).
     *
     * @throws InstanceNotFoundException if there is no such instance
     */
    public AutomationCompositionInstance get(CompositionId compositionId, UUID instanceId) {
        AutomationCompositionInstance instance = instances.find(instanceId)
                .orElseThrow(() -> new InstanceNotFoundException(instanceId.toString()));
        if (!instance.compositionTargetId().filter(compositionId::equals).isPresent()) {
            requireOf(compositionId, instance);
        }
        return instance;
    }

    /** The composition's instances by name, version and id (none for an unknown composition, as ONAP). */
    public List<AutomationCompositionInstance> list(CompositionId compositionId, String name, String version,
            Optional<Paging> paging) {
        return instances.listOf(compositionId, name, version, paging);
    }

    /** Instances across compositions, see {@link InstanceSearch}. */
    public List<AutomationCompositionInstance> search(InstanceSearch search, Optional<Paging> paging) {
        return instances.search(search.toFilter(), paging);
    }

    /** ONAP answers 400 when the path names another composition than the instance's. */
    public static void requireOf(CompositionId compositionId, AutomationCompositionInstance instance) {
        if (!instance.compositionId().equals(compositionId)) {
            throw new InstanceRejectedException("Composition Id " + compositionId + " does not match the instance's "
                    + instance.compositionId());
        }
    }

    private static NewInstanceElement newElement(InstanceDraft.Element element, CompositionElement definition) {
        return new NewInstanceElement(element.id(), element.definition(),
                definition.participant().orElseThrow(() -> new InstanceRejectedException("Element definition "
                        + definition.definition() + " is not bound to a participant")),
                InstanceDraftCheck.startPhaseOf(definition.properties()), element.description(), element.properties());
    }
}
