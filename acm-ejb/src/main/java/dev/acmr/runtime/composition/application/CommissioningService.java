package dev.acmr.runtime.composition.application;

import dev.acmr.runtime.composition.application.CommissioningResult.Outcome;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import dev.acmr.runtime.composition.tosca.NodeTemplate;
import dev.acmr.runtime.composition.tosca.NodeTemplateIdentifiers;
import dev.acmr.runtime.composition.tosca.ServiceTemplate;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Commissioning of composition definitions: create, update, delete and query.
 *
 * <p>The template arrives parsed and validated ({@link ServiceTemplate} cannot exist otherwise); what is left to
 * check here depends on stored state: the definition to update or delete exists, is COMMISSIONED and has no
 * instances. Those checks run on the locked row before anything changes, so a refusal writes nothing, and a
 * concurrent prime on another node waits for this transaction instead of racing it.
 */
@Stateless
public class CommissioningService {

    private static final Logger LOG = Logger.getLogger(CommissioningService.class.getName());

    @Inject
    private CompositionRepository repository;

    @Inject
    private CompositionUsage usage;

    private Clock clock = Clock.systemUTC();

    public CommissioningService() {
        // for the container, which injects the fields
    }

    CommissioningService(CompositionRepository repository, CompositionUsage usage, Clock clock) {
        this.repository = repository;
        this.usage = usage;
        this.clock = clock;
    }

    /**
     * Creates a definition from the template, or, when the template's {@code metadata.compositionId} names one,
     * replaces that definition's template (ONAP's update by POST).
     *
     * @throws CompositionNotFoundException if the named definition does not exist
     * @throws CompositionRejectedException if it is not COMMISSIONED or has instances
     */
    public CommissioningResult commission(ServiceTemplate template) {
        Optional<String> named = template.compositionId();
        return named.isPresent() ? update(named.get(), template) : create(template);
    }

    /**
     * @throws CompositionNotFoundException if the definition does not exist
     * @throws CompositionRejectedException if it is not COMMISSIONED or has instances
     */
    public CommissioningResult delete(CompositionId id) {
        CompositionDefinition definition = lockedForChange(id.toString(), "deleted");
        repository.remove(definition);
        LOG.info(() -> "Deleted composition definition " + id + " (" + definition.template() + ")");
        return new CommissioningResult(id, NodeTemplateIdentifiers.of(definition.serviceTemplate()), Outcome.DELETED);
    }

    /** Definitions by name, version and id; {@code name} and {@code version} filter when given. */
    public List<CompositionDefinition> list(String name, String version, Optional<ParticipantId> participant,
            Optional<Paging> paging) {
        return repository.list(name, version, participant, paging);
    }

    public CompositionDefinition get(CompositionId id) {
        return repository.find(id).orElseThrow(() -> new CompositionNotFoundException(id.toString()));
    }

    private CommissioningResult create(ServiceTemplate template) {
        CompositionId id = CompositionId.random();
        CompositionDefinition definition = new CompositionDefinition(id, template.identifier(),
                storedJson(template, id), elementsOf(template), clock.instant());
        repository.add(definition);
        LOG.info(() -> "Commissioned composition definition " + id + " (" + template.identifier() + ", "
                + definition.elements().size() + " elements)");
        return new CommissioningResult(id, NodeTemplateIdentifiers.of(template.document()), Outcome.CREATED);
    }

    private CommissioningResult update(String namedId, ServiceTemplate template) {
        CompositionDefinition definition = lockedForChange(namedId, "updated");
        CompositionId id = definition.id();
        definition.replaceTemplate(template.identifier(), storedJson(template, id), elementsOf(template),
                clock.instant());
        LOG.info(() -> "Updated composition definition " + id + " to " + template.identifier());
        return new CommissioningResult(id, NodeTemplateIdentifiers.of(template.document()), Outcome.UPDATED);
    }

    // The client's id text is kept for the message: a 404 names the id as the client wrote it.
    private CompositionDefinition lockedForChange(String clientId, String change) {
        CompositionDefinition definition = CompositionId.parse(clientId)
                .flatMap(repository::findForUpdate)
                .orElseThrow(() -> new CompositionNotFoundException(clientId));
        if (!definition.isCommissioned()) {
            throw new CompositionRejectedException("Automation composition definition " + definition.id() + " is "
                    + definition.state() + "; it can be " + change + " only when COMMISSIONED");
        }
        if (usage.hasInstances(definition.id())) {
            throw new CompositionRejectedException("Automation composition definition " + definition.id()
                    + " has instances; it can be " + change + " only without them");
        }
        return definition;
    }

    /** The template as stored: the client's document with {@code metadata.compositionId} set to the id. */
    private static String storedJson(ServiceTemplate template, CompositionId id) {
        return new JsonDocumentWriter().write(template.documentWithCompositionId(id.toString()));
    }

    private static List<ElementTemplate> elementsOf(ServiceTemplate template) {
        return template.elements().stream().map(element -> elementOf(template, element)).toList();
    }

    // The validator guarantees version and type version.
    private static ElementTemplate elementOf(ServiceTemplate template, NodeTemplate element) {
        return new ElementTemplate(element.name(), element.version().orElseThrow(), element.type(),
                template.typeVersionOf(element).orElseThrow(), new JsonDocumentWriter().write(element.properties()));
    }
}
