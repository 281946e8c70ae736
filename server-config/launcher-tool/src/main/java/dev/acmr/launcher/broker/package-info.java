/**
 * The broker's user repository: OpenMQ's {@code passwd} file rendered from the credentials the launcher keeps under
 * its state directory (one private file per broker user), so that no user of OpenMQ's defaults ({@code guest},
 * {@code admin/admin}) can log in.
 */
package dev.acmr.launcher.broker;
