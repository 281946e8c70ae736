package dev.acmr.runtime.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, ONAP ACM-R v2 compatible: with the module's context root {@code /onap/policy/clamp/acm} this gives
 * ONAP's base path {@code /onap/policy/clamp/acm/v2}. Resources and providers of this module are discovered.
 */
@ApplicationPath("v2")
@OpenAPIDefinition(
        info = @Info(title = "ACM runtime", version = "1.0.0",
                description = "Automation Composition Management runtime, ONAP ACM-R v2 compatible"),
        security = @SecurityRequirement(name = AcmApplication.BASIC_AUTH))
@SecurityScheme(securitySchemeName = AcmApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
public class AcmApplication extends Application {

    public static final String BASIC_AUTH = "basicAuth";
}
