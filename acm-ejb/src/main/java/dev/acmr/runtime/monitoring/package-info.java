/**
 * ONAP's participant monitoring views: what a participant runs (the composition elements bound to it and the
 * instance elements it runs) and the compositions it takes part in, with their in- and out-properties. Read only; a
 * package of its own because it reads compositions, instances and participants, which do not know each other.
 */
package dev.acmr.runtime.monitoring;
