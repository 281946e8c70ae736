/**
 * Request correlation: ONAP's {@code X-onap-RequestId} and version headers on every response, and the request id
 * (with the ids the matched path names) in the log context of the code that handles the request. Separate from the resources because it applies
 * to every path of the module, including requests rejected before any resource runs.
 */
package dev.acmr.runtime.web.request;
