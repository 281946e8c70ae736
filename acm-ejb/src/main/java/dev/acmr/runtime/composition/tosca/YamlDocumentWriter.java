package dev.acmr.runtime.composition.tosca;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a JSON tree as a YAML 1.2 block document, for clients that ask for YAML. Text that would read back as
 * something else (a number, a boolean) is quoted by the dumper.
 */
public final class YamlDocumentWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setWidth(120)
            .setDereferenceAliases(true)
            .build();

    public String write(Object tree) {
        return new Dump(SETTINGS).dumpToString(tree);
    }
}
