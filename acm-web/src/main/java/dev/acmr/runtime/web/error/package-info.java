/**
 * Translation of failures into ONAP's error responses: a status and a {@code SimpleResponse} body. Client errors
 * say what was wrong; server errors say nothing of the internals and are logged with the request id instead.
 */
package dev.acmr.runtime.web.error;
