package dev.hydrant.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** hydrus's {@code ParseRequestedResponseMime}: Accept, then Content-Type, then a {@code cbor} query parameter, then JSON. */
class ResponseFormatTest {

    @ParameterizedTest(name = "Accept={0} Content-Type={1} cbor={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // Accept decides when it names exactly one of the two
            "application/cbor, -, false, CBOR",
            "application/cbor, application/json, true, CBOR",
            "application/json, application/cbor, true, JSON",
            "text/html;q=0.9 application/x-cbor, -, false, CBOR",
            "application/vnd.api+json, -, true, JSON",
            // Accept naming both or neither falls through to Content-Type
            "application/json; application/cbor, application/cbor, false, CBOR",
            "application/json; application/cbor, -, true, CBOR",
            "*/*, application/cbor, false, CBOR",
            "*/*, application/json, true, JSON",
            "*/*, -, true, CBOR",
            "*/*, -, false, JSON",
            // Content-Type decides when it names cbor or json
            "-, application/cbor, false, CBOR",
            "-, application/json; charset=utf-8, true, JSON",
            "-, application/octet-stream, true, CBOR",
            "-, application/octet-stream, false, JSON",
            // otherwise the cbor parameter, otherwise JSON
            "-, -, true, CBOR",
            "-, -, false, JSON",
            "'', '', false, JSON",
    })
    void choose(String accept, String contentType, boolean cborParameter, ResponseFormat expected) {
        assertThat(ResponseFormat.choose(accept, contentType, cborParameter)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"JSON, application/json", "CBOR, application/cbor"})
    void contentTypesCarryNoCharset(ResponseFormat format, String contentType) {
        assertThat(format.contentType()).isEqualTo(contentType);
    }
}
