/** Tests of the adapter's package structure, over its compiled classes and the participant API's. */
package dev.acmr.participant.adapter.architecture;
