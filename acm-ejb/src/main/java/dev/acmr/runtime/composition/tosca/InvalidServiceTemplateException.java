package dev.acmr.runtime.composition.tosca;

/**
 * A service template that cannot be read or does not follow the rules ACM needs. The message says what is wrong in
 * terms the author of the template can act on, because it goes back to the client as is.
 */
public class InvalidServiceTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidServiceTemplateException(String message) {
        super(message);
    }
}
