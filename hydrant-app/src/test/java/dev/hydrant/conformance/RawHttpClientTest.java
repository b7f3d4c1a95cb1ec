package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The raw client sends requests verbatim and reads responses the way Python's http.client does. */
class RawHttpClientTest {

    private final RawHttpClient client = new RawHttpClient(Duration.ofSeconds(5));

    private static RawHttpRequest get(String target, HeaderField... headers) {
        return new RawHttpRequest("GET", target, List.of(headers), null);
    }

    @Test
    void oddTargetsAndMethodsGoOutByteForByte() throws Exception {
        for (String[] c : new String[][] {{"GET", "/get_files/search_files?tags=[\"system:everything\"]"},
                {"GET", "/get_files/search_files?tags=%5B%22x%22%5D;junk=1"}, {"GET", "//api_version"},
                {"PATCH", "/api_version"}, {"OPTIONS", "*"}, {"DELETE", "/x?a=b+c"}}) {
            try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")) {
                RawHttpResponse r = client.send("127.0.0.1", server.port(),
                        new RawHttpRequest(c[0], c[1], List.of(new HeaderField("x-lower", "v")), null));
                assertThat(r.status()).isEqualTo(200);
                assertThat(server.request()).isEqualTo(c[0] + " " + c[1] + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nx-lower: v\r\nConnection: close\r\n\r\n");
            }
        }
    }

    @Test
    void givenHostAndConnectionAreNotDuplicatedAndBodiesAreSentAsIs() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 204 No Content\r\n\r\n")) {
            byte[] body = {0, (byte) 0xff, 'a'};
            RawHttpResponse r = client.send("127.0.0.1", server.port(), new RawHttpRequest("POST", "/p",
                    List.of(new HeaderField("host", "example"), new HeaderField("Content-Length", "3"),
                            new HeaderField("connection", "keep-alive")), body));
            assertThat(r.status()).isEqualTo(204);
            assertThat(r.body()).isEmpty();
            assertThat(server.request()).isEqualTo("POST /p HTTP/1.1\r\nhost: example\r\nContent-Length: 3\r\nconnection: keep-alive\r\n\r\n"
                    + new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void headersKeepOrderNamesAndRepeats() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 200 OK\r\nserver: a\r\nX-Two:   spaced  \r\n"
                + "Set-Cookie: 1\r\nSet-Cookie: 2\r\nContent-Length: 2\r\n\r\nokEXTRA")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(r.headers()).containsExactly(new HeaderField("server", "a"), new HeaderField("X-Two", "spaced  "),
                    new HeaderField("Set-Cookie", "1"), new HeaderField("Set-Cookie", "2"), new HeaderField("Content-Length", "2"));
            assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
            assertThat(r.transportError()).isNull();
        }
    }

    @Test
    void chunkedBodiesAreJoined() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nTrailer: x\r\n\r\n")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("hello, world");
            assertThat(r.transportError()).isNull();
        }
    }

    @Test
    void bodiesWithoutLengthRunToTheEnd() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>all</html>")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("<html>all</html>");
        }
    }

    @Test
    void headResponsesHaveNoBodyWhateverTheirLength() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Length: 10619\r\n\r\n")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), new RawHttpRequest("HEAD", "/f", List.of(), null));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEmpty();
            assertThat(r.header("content-length")).isEqualTo("10619");
        }
    }

    @Test
    void continueResponsesAreSkipped() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 100 Continue\r\nX: y\r\n\r\n"
                + "HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nz")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.headers()).containsExactly(new HeaderField("Content-Length", "1"));
        }
    }

    @Test
    void aShortBodyKeepsTheStatusAndSaysWhatWasMissing() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("HTTP/1.1 206 Partial Content\r\nContent-Length: 10\r\n\r\nabc")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(r.status()).isEqualTo(206);
            assertThat(r.body()).hasSize(3);
            assertThat(r.transportError()).isEqualTo("IncompleteRead: got 3 bytes, expected 7 more");
        }
    }

    @Test
    void silenceIsATimeoutWithStatusZero() throws Exception {
        try (CannedHttpServer server = new CannedHttpServer(null)) {
            RawHttpResponse r = new RawHttpClient(Duration.ofMillis(300)).send("127.0.0.1", server.port(), get("/hang"));
            assertThat(r.status()).isZero();
            assertThat(r.headers()).isEmpty();
            assertThat(r.body()).isEmpty();
            assertThat(r.transportError()).isEqualTo("no response: TimeoutError: timed out");
            ObjectNode described = new ResponseDescriber().describe(r);
            assertThat(described.get("transport_error").textValue()).isEqualTo("no response: TimeoutError: timed out");
            assertThat(described.get("body").get("content_type").isNull()).isTrue();
        }
    }

    @Test
    void aClosedPortIsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        RawHttpResponse r = client.send("127.0.0.1", port, get("/"));
        assertThat(r.status()).isZero();
        assertThat(r.transportError()).isEqualTo("no response: ConnectionRefusedError: [Errno 111] Connection refused");
    }

    @Test
    void aHangUpBeforeAnswering() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.answering("")) {
            RawHttpResponse r = client.send("127.0.0.1", server.port(), get("/"));
            assertThat(r.status()).isZero();
            assertThat(r.transportError()).isEqualTo("no response: RemoteDisconnected: Remote end closed connection without response");
        }
    }

    @Test
    void wireEncodingAddsWhatHttpClientAddsInItsOrder() throws Exception {
        WireRequestEncoder wire = new WireRequestEncoder("127.0.0.1", 45869);
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        headers.put("Range", "bytes=0-99");
        headers.put("Hydrus-Client-API-Access-Key", "k");
        headers.put("Number", 7);
        headers.put("Flag", true);
        RawHttpRequest post = wire.encode("POST", "/add_files/add_file", headers, null);
        assertThat(post.headers()).containsExactly(new HeaderField("Host", "127.0.0.1:45869"),
                new HeaderField("Accept-Encoding", "identity"), new HeaderField("Content-Length", "0"),
                new HeaderField("Range", "bytes=0-99"), new HeaderField("Hydrus-Client-API-Access-Key", "k"),
                new HeaderField("Number", "7"), new HeaderField("Flag", "True"));
        RawHttpRequest get = wire.encode("GET", "", JsonNodeFactory.instance.objectNode(), null);
        assertThat(get.target()).isEqualTo("/");
        assertThat(get.headers()).extracting(HeaderField::name).containsExactly("Host", "Accept-Encoding");
        RawHttpRequest withBody = wire.encode("GET", "/x", JsonNodeFactory.instance.objectNode(), new byte[5]);
        assertThat(withBody.headers()).contains(new HeaderField("Content-Length", "5"));
    }

    @Test
    void wireEncodingRefusesWhatHttpClientRefuses() {
        WireRequestEncoder wire = new WireRequestEncoder("127.0.0.1", 45869);
        ObjectNode none = JsonNodeFactory.instance.objectNode();
        assertThatThrownBy(() -> wire.encode("GET", "/a b", none, null)).hasMessage(
                "InvalidURL: URL can't contain control characters. '/a b' (found at least ' ')");
        assertThatThrownBy(() -> wire.encode("GET", "/é", none, null)).hasMessageStartingWith("UnicodeEncodeError: 'ascii' codec");
        ObjectNode nullHeader = JsonNodeFactory.instance.objectNode();
        nullHeader.putNull("Hydrus-Client-API-Session-Key");
        assertThatThrownBy(() -> wire.encode("GET", "/", nullHeader, null)).hasMessage(
                "TypeError: expected string or bytes-like object, got 'NoneType'");
        ObjectNode newline = JsonNodeFactory.instance.objectNode();
        newline.put("X", "a\nb");
        assertThatThrownBy(() -> wire.encode("GET", "/", newline, null)).hasMessageStartingWith("ValueError: Invalid header value");
    }
}
