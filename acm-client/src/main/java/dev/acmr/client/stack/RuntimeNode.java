package dev.acmr.client.stack;

/** One runtime node (a Payara Server instance): its name, root URL, pid (null when not running) and health. */
public record RuntimeNode(String name, String url, Long pid, Health health) {
}
