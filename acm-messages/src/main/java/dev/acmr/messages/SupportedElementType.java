package dev.acmr.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An element type a participant can run: a TOSCA node type name and version. */
public record SupportedElementType(String typeName, String typeVersion) {

    public SupportedElementType {
        if (typeName == null || typeName.isBlank()) {
            throw new IllegalArgumentException("element type name is missing");
        }
        if (typeVersion == null || typeVersion.isBlank()) {
            throw new IllegalArgumentException("element type " + typeName + " has no version");
        }
        typeName = typeName.strip();
        typeVersion = typeVersion.strip();
    }

    /** Parses {@code NAME:VERSION}; the version follows the last colon. */
    public static SupportedElementType parse(String text) {
        Objects.requireNonNull(text, "element type");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("element type '" + text + "' is not NAME:VERSION");
        }
        return new SupportedElementType(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Parses a comma-separated list of {@code NAME:VERSION}; blank entries are ignored, duplicates dropped. */
    public static List<SupportedElementType> parseList(String text) {
        List<SupportedElementType> types = new ArrayList<>();
        if (text == null) {
            return types;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                SupportedElementType type = parse(part.strip());
                if (!types.contains(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    @Override
    public String toString() {
        return typeName + ":" + typeVersion;
    }
}
