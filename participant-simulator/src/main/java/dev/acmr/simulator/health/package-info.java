/**
 * MicroProfile Health checks: the replica is live as soon as it runs, and ready only when the adapter is connected
 * to the broker and the runtime has acknowledged the replica's registration, which is what a launcher or load
 * balancer should wait for.
 */
package dev.acmr.simulator.health;
