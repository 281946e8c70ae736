/**
 * Live change notices for operators' screens: a small {@link dev.acmr.runtime.monitoring.live.ChangeEvent} (what
 * kind of thing changed and its id) per committed change, and the {@link dev.acmr.runtime.monitoring.live.ChangeFeed}
 * that hands them to whoever listens on this node (the web tier's event stream). The notices are read from the
 * messages the runtime publishes to participant replicas after commit, so every node sees the changes every other
 * node commits; {@link dev.acmr.runtime.monitoring.live.ChangeEvents} decides which messages mean a change. Nothing
 * here is stored or guaranteed: a screen that missed a notice reads the current state again.
 */
package dev.acmr.runtime.monitoring.live;
