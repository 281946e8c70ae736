package dev.acmr.runtime.web.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void acceptsMediaTypesWithParameters() {
        assertTrue(ContentTypes.isUsable("application/json"));
        assertTrue(ContentTypes.isUsable("application/yaml; charset=UTF-8"));
        assertTrue(ContentTypes.isUsable("text/yaml;charset=\"iso-8859-1\""));
        assertTrue(ContentTypes.isUsable("application/vnd.onap+json; version=1; note=\"a;b\""));
        assertTrue(ContentTypes.isUsable("application/x-unknown"), "unsupported is for JAX-RS to say, with its 415");
    }

    @Test
    void refusesMalformedMediaTypes() {
        assertFalse(ContentTypes.isUsable(""));
        assertFalse(ContentTypes.isUsable("json"));
        assertFalse(ContentTypes.isUsable("application/"));
        assertFalse(ContentTypes.isUsable("application/json;"));
        assertFalse(ContentTypes.isUsable("application/json; charset"));
        assertFalse(ContentTypes.isUsable("application/json; a=\"unterminated"));
        assertFalse(ContentTypes.isUsable("appli cation/json"));
    }

    @Test
    void refusesCharsetsThisJvmDoesNotKnow() {
        assertFalse(ContentTypes.isUsable("application/yaml; charset=klingon-8"));
        assertFalse(ContentTypes.isUsable("application/yaml; CHARSET=\"\""));
    }
}
