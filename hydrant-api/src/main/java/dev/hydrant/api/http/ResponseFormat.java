package dev.hydrant.api.http;

/** JSON or CBOR, decided from the request as hydrus does (Accept, then Content-Type, then a {@code cbor} query parameter). */
public enum ResponseFormat {
    JSON("application/json"),
    CBOR("application/cbor");

    private final String contentType;

    ResponseFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static ResponseFormat choose(String accept, String contentType, boolean cborQueryParameter) {
        if (accept != null) {
            boolean cbor = accept.contains("cbor");
            boolean json = accept.contains("json");
            if (cbor && !json) {
                return CBOR;
            }
            if (json && !cbor) {
                return JSON;
            }
        }
        if (contentType != null) {
            if (contentType.contains("cbor")) {
                return CBOR;
            }
            if (contentType.contains("json")) {
                return JSON;
            }
        }
        return cborQueryParameter ? CBOR : JSON;
    }
}
