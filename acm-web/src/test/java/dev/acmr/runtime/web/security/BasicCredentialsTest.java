package dev.acmr.runtime.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPassword() {
        assertEquals(Optional.of(new BasicCredentials("runtimeUser", "zb!XztG34")),
                BasicCredentials.parse(basic("runtimeUser:zb!XztG34")));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertEquals(Optional.of(new BasicCredentials("u", "p")),
                BasicCredentials.parse(basic("u:p").replace("Basic", "bAsIc")));
    }

    @Test
    void thePasswordMayContainColonsAndBeEmpty() {
        assertEquals(Optional.of(new BasicCredentials("u", "a:b:c")), BasicCredentials.parse(basic("u:a:b:c")));
        assertEquals(Optional.of(new BasicCredentials("u", "")), BasicCredentials.parse(basic("u:")));
    }

    @Test
    void readsUtf8() {
        assertEquals(Optional.of(new BasicCredentials("jérôme", "pässwörd")),
                BasicCredentials.parse(basic("jérôme:pässwörd")));
    }

    @Test
    void rejectsAMissingOrForeignHeader() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("").isEmpty());
        assertTrue(BasicCredentials.parse("Basic").isEmpty());
        assertTrue(BasicCredentials.parse("Basic ").isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc.def.ghi").isEmpty());
    }

    @Test
    void rejectsMalformedBase64() {
        assertTrue(BasicCredentials.parse("Basic not*base64!").isEmpty());
        assertTrue(BasicCredentials.parse("Basic dXNlcjpwYXNz=").isEmpty(), "bad padding");
    }

    @Test
    void rejectsCredentialsWithoutAColon() {
        assertTrue(BasicCredentials.parse(basic("runtimeUser")).isEmpty());
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        String header = "Basic " + Base64.getEncoder().encodeToString(new byte[] {'u', ':', (byte) 0xff, (byte) 0xfe});
        assertTrue(BasicCredentials.parse(header).isEmpty());
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(new BasicCredentials("u", "secret").toString().contains("secret"));
    }
}
