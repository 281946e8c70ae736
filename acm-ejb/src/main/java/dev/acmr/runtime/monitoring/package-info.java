/**
 * What the runtime tells about itself and its participants, read only. ONAP's participant monitoring views: what a
 * participant runs (the composition elements bound to it and the instance elements it runs) and the compositions it
 * takes part in, with their in- and out-properties; a package of its own because it reads compositions, instances
 * and participants, which do not know each other. And the node's own database status for its readiness check, so
 * that the REST layer need not reach into the persistence infrastructure.
 */
package dev.acmr.runtime.monitoring;
