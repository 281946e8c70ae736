package dev.acmr.participant.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * The outbound connection factory of the adapter. Define it with
 * {@code @ConnectionFactoryDefinition(resourceAdapter = "acm-participant-adapter", interfaceName = ...)}.
 */
public interface ParticipantIntermediaryConnectionFactory extends Serializable, Referenceable {

    ParticipantIntermediaryConnection getConnection() throws ResourceException;
}
