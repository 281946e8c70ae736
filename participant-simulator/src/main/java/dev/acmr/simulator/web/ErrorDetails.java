package dev.acmr.simulator.web;

/** ONAP's error body: {@code {"errorDetails": "..."}}. */
public record ErrorDetails(String errorDetails) {
}
