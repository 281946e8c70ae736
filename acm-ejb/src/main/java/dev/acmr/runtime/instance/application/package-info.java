/** Creating automation composition instances and answering queries about them. */
package dev.acmr.runtime.instance.application;
