package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesObjectsInInsertionOrderAndArraysCompactly() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", 1);
        object.put("a", Arrays.asList("x", null, true));
        object.put("empty", Map.of());
        assertEquals("{\"z\":1,\"a\":[\"x\",null,true],\"empty\":{}}", JsonText.of(object));
        assertEquals("[]", JsonText.of(List.of()));
    }

    @Test
    void escapesWhatAStringCannotHoldLiterally() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonText.of("a\"b\\c\nd\u0001"));
    }
}
