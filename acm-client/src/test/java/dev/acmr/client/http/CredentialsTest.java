package dev.acmr.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void theAuthorizationIsHttpBasic() {
        assertEquals("Basic cnVudGltZVVzZXI6emIhWHp0RzM0",
                new Credentials("runtimeUser", "zb!XztG34").authorization());
    }

    @Test
    void anotherPasswordKeepsTheUser() {
        assertEquals(new Credentials("runtimeUser", "wrong"),
                new Credentials("runtimeUser", "zb!XztG34").withPassword("wrong"));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertFalse(new Credentials("runtimeUser", "zb!XztG34").toString().contains("zb!XztG34"));
    }
}
