/**
 * The OpenAPI document: the error answers of every route of ONAP's API (status, meaning on that route, ONAP's error
 * body), added to the generated document by an OASFilter so that the resources need not repeat them, and the
 * document served under the application with the content types YAML and JSON clients ask for.
 */
package dev.acmr.runtime.web.openapi;
