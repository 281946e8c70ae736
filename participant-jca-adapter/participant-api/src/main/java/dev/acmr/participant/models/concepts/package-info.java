/**
 * ONAP's ACM model types a participant reads and reports with ({@code org.onap.policy.clamp.models.acm.concepts}):
 * instances and their elements, element definitions, and the state enums, with ONAP's simple names, fields, defaults
 * and accessors, as plain mutable beans (JSON-B writes them as ONAP's JSON). The intermediary always hands out deep
 * copies, so a participant may write into what it reads.
 */
package dev.acmr.participant.models.concepts;
