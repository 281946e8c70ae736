/**
 * The web tier of the runtime: the JAX-RS application that exposes ONAP's ACM-R v2 API. Sub-packages hold the
 * resources with their DTOs (compositions, instances, participants, and the shapes they share in {@code common}),
 * the error mapping, the OpenAPI document's error answers, the HTTP Basic authentication, request correlation, the
 * health checks, and the dashboard's live event stream ({@code events}; the dashboard's own files are static, under
 * {@code webapp/dashboard}). None of them holds business rules, which stay in the EJB module's application services, and
 * none reaches past them into repositories or infrastructure.
 */
package dev.acmr.runtime.web;
