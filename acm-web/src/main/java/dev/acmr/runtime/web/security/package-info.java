/**
 * Authentication of API callers: HTTP Basic against the one configured runtime user, as ONAP's runtime does. The
 * header parsing and the credential check are plain classes, tested without a server; the filter only wires them
 * to the request and writes ONAP's 401 answer. Static files that hold no data (Swagger UI) are served without
 * credentials.
 */
package dev.acmr.runtime.web.security;
