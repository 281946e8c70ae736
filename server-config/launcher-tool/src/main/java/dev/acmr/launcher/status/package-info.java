/**
 * {@code ./acm status}: what of the stack runs and whether it is healthy, gathered from the launcher's pid files and
 * probed in parallel with short timeouts ({@link dev.acmr.launcher.status.StackProbe}), then rendered as the
 * operator's table or as the one JSON object the integration tests and the benchmark read.
 */
package dev.acmr.launcher.status;
