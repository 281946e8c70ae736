/**
 * Creating automation composition instances and answering queries about them; {@code InstanceSearch} is the search
 * across compositions as the REST layer asks for it, turned into a repository filter here.
 */
package dev.acmr.runtime.instance.application;
