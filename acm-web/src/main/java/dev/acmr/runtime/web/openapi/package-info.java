/**
 * The OpenAPI document's shared parts: the error answers of every route of ONAP's API (status, meaning on that
 * route, ONAP's error body), added to the generated document by an OASFilter so that the resources need not repeat
 * them.
 */
package dev.acmr.runtime.web.openapi;
