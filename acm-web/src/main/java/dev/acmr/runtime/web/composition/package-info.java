/**
 * The composition definition endpoints of ONAP's API: commissioning (create, update, delete), the queries, and the
 * DTOs that reproduce ONAP's JSON shapes (CommissioningResponse, ToscaServiceTemplates,
 * AutomationCompositionDefinition). The resource only translates: templates are parsed by the TOSCA package and
 * every rule that depends on stored state is the EJB module's.
 */
package dev.acmr.runtime.web.composition;
