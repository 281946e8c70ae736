/** Tests of the runtime's package structure, over the compiled classes of the business tier and the REST layer. */
package dev.acmr.runtime.architecture;
