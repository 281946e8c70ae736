/**
 * The composition definition model: a commissioned TOSCA service template with its state (ONAP's AcTypeState and
 * StateChangeResult) and one element row per element node template, which priming binds to a participant. The
 * entities keep the template and properties as the JSON text they are stored as, and carry the rules of their
 * states; commissioning creates and replaces them, priming moves them through PRIMING, PRIMED and DEPRIMING. The
 * order bookkeeping a definition shares with instances is the shared kernel's
 * ({@link dev.acmr.runtime.shared.OrderedEntity}).
 */
package dev.acmr.runtime.composition.domain;
