package dev.acmr.runtime.web.request;

/** Names and fixed values of the headers every ONAP policy API response carries. */
public final class OnapHeaders {

    public static final String REQUEST_ID = "X-onap-RequestId";
    public static final String LATEST_VERSION = "X-LatestVersion";
    public static final String MINOR_VERSION = "X-MinorVersion";
    public static final String PATCH_VERSION = "X-PatchVersion";

    public static final String API_VERSION = "1.0.0";
    public static final String API_MINOR = "0";
    public static final String API_PATCH = "0";

    private OnapHeaders() {
    }
}
