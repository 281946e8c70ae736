/**
 * This replica's copy of the compositions and instances its participant holds, what the read methods of the
 * intermediary API return. {@link dev.acmr.participant.adapter.view.CompositionView} and
 * {@link dev.acmr.participant.adapter.view.InstanceView} keep immutable entries in step with the runtime by revision
 * (a sync applies only when newer, a delete is remembered so that a late sync cannot bring it back) and take this
 * replica's own orders and reports at once, unconfirmed until the runtime's sync at their revision.
 * {@link dev.acmr.participant.adapter.view.ParticipantView} turns them into ONAP's models and DTOs, deep copies every
 * time. States are held as the participant API's enums, what the participant sees. Knows nothing of the broker or of
 * the session that feeds it.
 */
package dev.acmr.participant.adapter.view;
