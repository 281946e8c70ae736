package dev.acmr.runtime.web.body;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Content-Type header can be used at all: the media type syntax of RFC 9110 ({@code type/subtype} and
 * {@code ;name=value} parameters, values as tokens or quoted strings) and, if a charset is named, one this JVM knows.
 * Whether the API accepts that media type is for JAX-RS to say; this only keeps what JAX-RS would choke on (with a
 * 400 or worse) from reaching it.
 */
public final class ContentTypes {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[ \\t]*" + TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*[ \\t]*");
    private static final Pattern CHARSET =
            Pattern.compile(";[ \\t]*charset=(?:\"([^\"]*)\"|(" + TOKEN + "))", Pattern.CASE_INSENSITIVE);

    private ContentTypes() {
    }

    public static boolean isUsable(String contentType) {
        if (contentType == null || !MEDIA_TYPE.matcher(contentType).matches()) {
            return false;
        }
        Matcher charset = CHARSET.matcher(contentType);
        return !charset.find() || isKnownCharset(charset.group(1) != null ? charset.group(1) : charset.group(2));
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
