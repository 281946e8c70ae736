package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplicaIdsTest {

    /** Ids the launcher's former shell derivation (md5sum of "participant/replica-slot", version and variant bits set) gave. */
    @ParameterizedTest
    @CsvSource({
            "101c62b3-8918-41b9-a747-d21eb79c6c90, 1, 327c2067-3437-3724-a61b-1a5f1a566d30",
            "101c62b3-8918-41b9-a747-d21eb79c6c90, 2, 1c95dcdb-4c69-31b9-b884-31b5ae4c2548",
            "101c62b3-8918-41b9-a747-d21eb79c6c90, 3, 5e1c4b7a-5cf8-31f4-87ac-482a7ce14c75",
            "101c62b3-8918-41b9-a747-d21eb79c6c90, 10, ed7edc5b-a039-36be-af67-ab3121849a63",
            "101c62b3-8918-41b9-a747-d21eb79c6c91, 1, 9ce78a0a-d1ce-3534-bccc-72ea278ae5aa",
            "101c62b3-8918-41b9-a747-d21eb79c6c91, 2, 6678d2a4-6f9b-3da7-9556-4b6b379a476d",
            "101c62b3-8918-41b9-a747-d21eb79c6c92, 1, e1c99f4b-7d3b-3a6d-8961-5957ea928670",
            "101c62b3-8918-41b9-a747-d21eb79c6c92, 3, 0e361ca8-b38c-3911-8309-3f14a7aea032",
            "ABCDEF00-0000-4000-8000-000000000001, 1, a53bc4f8-00df-317d-a251-2f530d84bd5e",
            "ABCDEF00-0000-4000-8000-000000000001, 10, 83f870ae-da61-3934-aab3-efd2da273aae"
    })
    void derivesTheIdsReplicasHaveAlwaysHad(String participant, String slot, String expected) {
        assertEquals(expected, ReplicaIds.of(participant, slot).toString());
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "10"})
    void isANameBasedVersionThreeUuid(String slot) {
        var id = ReplicaIds.of("101c62b3-8918-41b9-a747-d21eb79c6c90", slot);
        assertEquals(3, id.version());
        assertEquals(2, id.variant());
    }
}
