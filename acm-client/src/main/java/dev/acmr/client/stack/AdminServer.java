package dev.acmr.client.stack;

/** The Payara domain administration server (DAS): its admin URL, pid (null when not running) and health. */
public record AdminServer(String url, Long pid, Health health) {
}
