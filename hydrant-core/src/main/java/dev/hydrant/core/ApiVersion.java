package dev.hydrant.core;

/** The Hydrus Client API version and hydrus software version this server answers as. */
public final class ApiVersion {
    /** {@code CLIENT_API_VERSION} of hydrus 682. */
    public static final int API = 95;
    /** {@code SOFTWARE_VERSION} of the hydrus client we are compatible with. */
    public static final int HYDRUS = 682;
    /** Value of the {@code Server} and {@code Hydrus-Server} headers. */
    public static final String SERVER_HEADER = "client api/" + API + " (" + HYDRUS + ")";

    private ApiVersion() {
    }
}
