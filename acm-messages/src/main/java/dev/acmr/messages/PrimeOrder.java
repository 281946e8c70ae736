package dev.acmr.messages;

/** What a prime message asks of a participant. */
public enum PrimeOrder {
    PRIME,
    DEPRIME
}
