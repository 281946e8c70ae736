package dev.acmr.messages;

import java.util.UUID;

/**
 * One element of a migration, a migration precheck or a migration revert: the element as it was ({@code before},
 * null when the change adds it) and as it becomes ({@code after}, null when the change removes it). Each side carries
 * its own element definition, so a participant sees the definition it leaves and the one it moves to.
 */
public record ElementChange(UUID elementId, InstanceElement before, InstanceElement after) {
}
