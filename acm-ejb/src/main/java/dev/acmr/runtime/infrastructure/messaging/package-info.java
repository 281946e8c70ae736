/**
 * The runtime's side of the participant protocol on Jakarta Messaging: a message-driven bean that decodes what
 * participants send on the runtime queue and hands it to the application services, and the publisher of the
 * runtime's replies on the participant topic. Every node also reads copies of replica heartbeats on the liveness
 * topic, and reads back from the participant topic the messages that tell of a committed change, as notices for the
 * operators' live view. Only this package knows about JMS destinations, properties and bodies; the services see the
 * protocol records of {@code dev.acmr.messages}.
 */
package dev.acmr.runtime.infrastructure.messaging;
