/** Storage of automation composition instances and their elements. */
package dev.acmr.runtime.instance.repository;
