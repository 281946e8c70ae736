/**
 * The web tier of the runtime: the JAX-RS application that exposes ONAP's ACM-R v2 API. Sub-packages hold the
 * resources with their DTOs, the error mapping, the HTTP Basic authentication, request correlation and the health
 * checks; none of them holds business rules, which stay in the EJB module's application services.
 */
package dev.acmr.runtime.web;
