package dev.acmr.runtime.web.body;

/**
 * The YAML media types the API speaks besides JSON. {@code application/yaml} is the registered one (RFC 9512); the
 * other two are what older tools send. Offered with a lower server quality ({@code qs}) than JSON, so that a client
 * that accepts anything gets JSON.
 */
public final class MediaTypes {

    public static final String APPLICATION_YAML = "application/yaml";
    public static final String APPLICATION_X_YAML = "application/x-yaml";
    public static final String TEXT_YAML = "text/yaml";

    public static final String APPLICATION_YAML_LOW = APPLICATION_YAML + ";qs=0.5";
    public static final String APPLICATION_X_YAML_LOW = APPLICATION_X_YAML + ";qs=0.5";
    public static final String TEXT_YAML_LOW = TEXT_YAML + ";qs=0.5";

    private MediaTypes() {
    }
}
