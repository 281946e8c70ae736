/**
 * Request correlation: ONAP's {@code X-onap-RequestId} and version headers on every response, and the request id
 * made available to the code that logs while handling the request. Separate from the resources because it applies
 * to every path of the module, including requests rejected before any resource runs.
 */
package dev.acmr.runtime.web.request;
