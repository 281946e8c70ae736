package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.ParticipantMessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the protocol codec injectable. One instance serves the node: it is thread safe and building its JSON-B
 * context is costly. Pseudo-scoped {@link Singleton} because the codec class is final and cannot be proxied.
 */
@ApplicationScoped
public class ParticipantMessageCodecProducer {

    @Produces
    @Singleton
    ParticipantMessageCodec codec() {
        return new ParticipantMessageCodec();
    }
}
