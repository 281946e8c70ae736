package dev.acmr.participant.api;

/** A handle on the adapter; close it when done, as any connector connection (try-with-resources). */
public interface ParticipantIntermediaryConnection extends ParticipantIntermediaryApi, AutoCloseable {

    ParticipantConnectionStatus status();

    @Override
    void close();
}
