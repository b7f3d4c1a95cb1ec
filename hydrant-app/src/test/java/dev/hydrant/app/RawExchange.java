package dev.hydrant.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends request bytes exactly as given and keeps every byte of the answer, so a test can see what
 * {@link RawHttp} hides: whether a HEAD answer carried a body, repeated headers, a reply to a request the
 * server stopped reading.
 */
final class RawExchange {
    /** The status line's code, headers in order (names lower-cased, repeats kept), and the bytes after them. */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] rest) {
        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equals(name.toLowerCase(Locale.ROOT)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        long count(String name) {
            return headers.stream().filter(h -> h.getKey().equals(name.toLowerCase(Locale.ROOT))).count();
        }

        Map<String, String> headerMap() {
            Map<String, String> map = new LinkedHashMap<>();
            headers.forEach(h -> map.putIfAbsent(h.getKey(), h.getValue()));
            return map;
        }
    }

    private RawExchange() {
    }

    static String request(String method, String target, int port, String... extraHeaderLines) {
        StringBuilder b = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        for (String line : extraHeaderLines) {
            b.append(line).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    /**
     * Writes the request (a write the server cuts short is tolerated: it may answer and close before reading
     * everything) and reads until the server closes.
     */
    static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException stoppedReading) {
                // the server answered early and closed; its answer is still readable
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    all.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // a reset after the answer arrived
            }
            return parse(all.toByteArray());
        }
    }

    static Answer send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer parse(byte[] bytes) {
        int end = -1;
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalStateException("no complete response head in " + bytes.length + " bytes: "
                    + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new java.util.ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim()));
        }
        return new Answer(status, headers, Arrays.copyOfRange(bytes, end + 4, bytes.length));
    }
}
