/**
 * Where the parts of the local stack live and how they are numbered: the launcher's settings (handed over by the
 * scripts, which own their defaults), the runtime nodes' ports and names, which nodes the Payara domain holds (its
 * domain.xml), the simulator presets with the default participant, replica ids and free simulator ports. Pure
 * knowledge and file reads; nothing here probes the network except the free-port search.
 */
package dev.acmr.launcher.layout;
