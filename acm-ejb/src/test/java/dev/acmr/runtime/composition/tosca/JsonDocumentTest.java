package dev.acmr.runtime.composition.tosca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

    private final JsonDocumentReader reader = new JsonDocumentReader();
    private final JsonDocumentWriter writer = new JsonDocumentWriter();

    @Test
    void writesKeysInTheMapsOrderCompactly() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", 1L);
        tree.put("a", new ArrayList<>(Arrays.asList("x", null, true, 2.5)));

        assertEquals("{\"z\":1,\"a\":[\"x\",null,true,2.5]}", writer.write(tree));
    }

    @Test
    void readsWhatItWroteUnchangedAndInOrder() {
        String json = "{\"z\":1,\"a\":[\"x\",null,false,{\"n\":-0.5e1}],\"big\":123456789012345678901234567890}";

        Object tree = reader.read(json);

        assertEquals(List.of("z", "a", "big"), List.copyOf(((Map<?, ?>) tree).keySet()));
        assertEquals(1L, ((Map<?, ?>) tree).get("z"));
        assertEquals(new BigInteger("123456789012345678901234567890"), ((Map<?, ?>) tree).get("big"));
        assertEquals(-5L, ((Map<?, ?>) ((List<?>) ((Map<?, ?>) tree).get("a")).get(3)).get("n"), "a whole number");
        assertEquals(new BigDecimal("2.50"), reader.read("2.50"), "a fraction, exactly as written");
        assertEquals(json.replace("-0.5e1", "-5"), writer.write(tree));
    }

    @Test
    void yamlAndJsonGiveTheSameTree() {
        Object fromYaml = new YamlDocumentReader(TemplateFixtures.LIMITS).read("a: 1\nb: [x, ~, 2.5, true]\nc: {d: e}\n");
        Object fromJson = reader.read("{\"a\": 1, \"b\": [\"x\", null, 2.5, true], \"c\": {\"d\": \"e\"}}");

        assertEquals(writer.write(fromYaml), writer.write(fromJson));
    }

    @Test
    void readObjectRefusesAnythingElse() {
        assertThrows(IllegalStateException.class, () -> reader.readObject("[1]"));
        assertEquals(Map.of(), reader.readObject("{}"));
    }

    @Test
    void writesYamlThatReadsBackTheSame() {
        Object tree = reader.read("{\"name\":\"x\",\"version\":\"1.0\",\"n\":3,\"list\":[{\"a\":\"true\"}],\"none\":null}");

        String yaml = new YamlDocumentWriter().write(tree);

        assertEquals(tree, new YamlDocumentReader(TemplateFixtures.LIMITS).read(yaml));
    }
}
