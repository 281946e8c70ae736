/**
 * What the REST resources of compositions, instances and participants show alike: ONAP's ToscaConceptIdentifier,
 * the element shapes (NodeTemplateState, AutomationCompositionElement) with their mapping, and the lastMsg text
 * form. A package of its own so that the resource packages need not borrow from each other.
 */
package dev.acmr.runtime.web.common;
