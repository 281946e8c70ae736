package dev.acmr.client.stack;

/** The message broker: its URL ({@code mq://host:port}), pid (null when not running) and health. */
public record Broker(String url, Long pid, Health health) {
}
