/**
 * Use cases of commissioning: creating a composition definition from a validated service template, replacing its
 * template, deleting it, and answering queries. These are the transaction boundaries; every rule that can refuse a
 * request is checked before anything is written, so that a refused request leaves no trace. The exceptions here
 * are the refusals the web tier turns into ONAP's 400 and 404 answers.
 */
package dev.acmr.runtime.composition.application;
