package dev.acmr.runtime.composition.tosca;

import java.util.Objects;

/**
 * Reads a TOSCA service template from the text a client sent and checks it, so that what comes out can be
 * commissioned as it is. Thread safe: it holds only its limits.
 */
public final class ServiceTemplateParser {

    private final ParseLimits limits;

    public ServiceTemplateParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @throws InvalidServiceTemplateException if the text is not a valid template, with a message for the client
     */
    public ServiceTemplate parse(String text, DocumentSyntax syntax) {
        if (text == null || text.isBlank()) {
            throw new InvalidServiceTemplateException("The request has no body; a TOSCA service template is expected");
        }
        ServiceTemplate template = ServiceTemplateReader.read(readDocument(text, syntax));
        ServiceTemplateValidator.validate(template);
        return template;
    }

    /**
     * Reads any JSON or YAML document into a JSON tree, under the same limits as a template (an instance body, say).
     *
     * @throws InvalidServiceTemplateException if the text is malformed or breaks a limit
     */
    public Object readDocument(String text, DocumentSyntax syntax) {
        return switch (syntax) {
            case YAML -> new YamlDocumentReader(limits).read(text);
            case JSON -> new JsonDocumentReader(limits.maxDepth()).read(text);
        };
    }
}
