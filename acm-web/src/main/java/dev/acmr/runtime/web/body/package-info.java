/**
 * What the API accepts and sends as bodies: a servlet filter that refuses a malformed or unusable Content-Type (415)
 * and a body above the configured size (413) before anything reads it, and YAML as an alternative to JSON for
 * clients that ask for it. The checks are plain classes, tested without a server; the filter only applies them.
 */
package dev.acmr.runtime.web.body;
