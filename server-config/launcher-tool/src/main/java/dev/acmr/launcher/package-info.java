/**
 * The launcher tool's command line: what ./acm's scripts ask it (status, the runtime layout, presets, replica ids,
 * free ports) and how answers reach bash (plain lines, or variable assignments the scripts evaluate). The scripts
 * start and stop processes; everything they would otherwise compute lives behind these commands.
 */
package dev.acmr.launcher;
