/**
 * TOSCA service templates as ACM uses them: reading a template from YAML or JSON into a plain tree, the typed view
 * of the parts the runtime understands (types, node templates, the composition and its elements), the validation
 * rules, and writing trees back as JSON or YAML. Plain Java without the container, so that every rule is unit
 * tested; the parsers are set up for hostile input (bounded size, nesting and alias expansion, no custom tags).
 */
package dev.acmr.runtime.composition.tosca;
