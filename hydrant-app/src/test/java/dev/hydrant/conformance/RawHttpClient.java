package dev.hydrant.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal HTTP/1.1 client over a plain socket, one connection per request, for requests that
 * {@code java.net.http.HttpClient} refuses to send (odd targets, arbitrary methods, no Content-Type).
 *
 * <p>The request line is {@code METHOD SP target SP HTTP/1.1} with the target sent verbatim (UTF-8), then the
 * given headers in order (ISO-8859-1), then the body. A {@code Host} header is put first and
 * {@code Connection: close} last unless the request already has them; nothing else is added or changed.
 *
 * <p>The response is read like Python's {@code http.client}: {@code 100 Continue} responses are skipped, header
 * names keep their spelling and order, values lose leading blanks; the body is framed by
 * {@code Transfer-Encoding: chunked}, else {@code Content-Length}, else the end of the stream, and is empty
 * for HEAD, 1xx, 204 and 304. The timeout applies to connecting and to each read. Transport failures are
 * returned, not thrown: status 0 with a {@code transport_error} text when no response arrived, or the status
 * with the bytes read so far when the body broke off.
 */
public final class RawHttpClient {

    private final Duration timeout;

    public RawHttpClient(Duration timeout) {
        this.timeout = timeout;
    }

    /** A client with record.py's 30 second timeout. */
    public RawHttpClient() {
        this(Duration.ofSeconds(30));
    }

    public Duration timeout() {
        return timeout;
    }

    public RawHttpResponse send(String host, int port, RawHttpRequest request) {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        try (Socket socket = new Socket()) {
            InputStream in;
            ResponseHead head;
            try {
                socket.connect(new InetSocketAddress(host, port), millis);
                socket.setSoTimeout(millis);
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                out.write(requestHead(host, port, request));
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                head = readHead(in);
            } catch (IOException | ProtocolError e) {
                return RawHttpResponse.noResponse("no response: " + pythonName(e));
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String error = null;
            try {
                readBody(in, head, request.method(), body);
            } catch (IncompleteRead e) {
                error = "IncompleteRead: got " + body.size() + " bytes, expected " + e.expectedMore + " more";
            } catch (IOException | ProtocolError e) {
                error = "body read failed after " + body.size() + " bytes: " + pythonName(e);
            }
            return new RawHttpResponse(head.status, head.headers, body.toByteArray(), error);
        } catch (IOException closeFailure) {
            return RawHttpResponse.noResponse("no response: " + pythonName(closeFailure));
        }
    }

    // ------------------------------------------------------------------------------------ request

    private static byte[] requestHead(String host, int port, RawHttpRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        List<HeaderField> headers = new ArrayList<>(request.headers());
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Host"))) {
            String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            headers.addFirst(new HeaderField("Host", port == 80 ? h : h + ":" + port));
        }
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Connection"))) {
            headers.add(new HeaderField("Connection", "close"));
        }
        for (HeaderField h : headers) {
            out.writeBytes((h.name() + ": " + h.value() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------ response

    private record ResponseHead(int status, List<HeaderField> headers) {
    }

    /** A malformed response, named like the http.client exception it stands for. */
    private static final class ProtocolError extends Exception {
        ProtocolError(String pythonText) {
            super(pythonText);
        }
    }

    private static final class IncompleteRead extends Exception {
        final long expectedMore;

        IncompleteRead(long expectedMore) {
            super("IncompleteRead");
            this.expectedMore = expectedMore;
        }
    }

    private static ResponseHead readHead(InputStream in) throws IOException, ProtocolError {
        while (true) {
            byte[] raw = readLine(in);
            if (raw == null || raw.length == 0) {
                throw new ProtocolError("RemoteDisconnected: Remote end closed connection without response");
            }
            String line = new String(raw, StandardCharsets.ISO_8859_1);
            String[] parts = line.strip().split("\\s+", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new ProtocolError("BadStatusLine: " + line);
            }
            BigInteger code = PythonValues.parseInt(parts[1]);
            if (code == null || code.compareTo(BigInteger.valueOf(100)) < 0 || code.compareTo(BigInteger.valueOf(999)) > 0) {
                throw new ProtocolError("BadStatusLine: " + line);
            }
            List<String> lines = readHeaderLines(in);
            if (code.intValue() != 100) {
                return new ResponseHead(code.intValue(), parseHeaders(lines));
            }
        }
    }

    private static List<String> readHeaderLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            byte[] raw = readLine(in);
            if (raw == null || raw.length == 0) {
                return lines;
            }
            String line = new String(raw, StandardCharsets.ISO_8859_1);
            if (line.equals("\r\n") || line.equals("\n")) {
                return lines;
            }
            lines.add(line);
        }
    }

    /** Header lines to fields as Python's email parser (compat32) does; continuation lines are appended. */
    private static List<HeaderField> parseHeaders(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        for (String line : lines) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && !values.isEmpty()) {
                values.getLast().append(line);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            names.add(line.substring(0, colon));
            String value = line.substring(colon + 1);
            int start = 0;
            while (start < value.length() && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
                start++;
            }
            values.add(new StringBuilder(value.substring(start)));
        }
        List<HeaderField> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(i).toString();
            int end = v.length();
            while (end > 0 && (v.charAt(end - 1) == '\r' || v.charAt(end - 1) == '\n')) {
                end--;
            }
            fields.add(new HeaderField(names.get(i), v.substring(0, end)));
        }
        return fields;
    }

    private static String first(List<HeaderField> headers, String name) {
        for (HeaderField h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    private static void readBody(InputStream in, ResponseHead head, String method, ByteArrayOutputStream body)
            throws IOException, ProtocolError, IncompleteRead {
        int s = head.status;
        if (method.equalsIgnoreCase("HEAD") || s == 204 || s == 304 || (s >= 100 && s < 200)) {
            return;
        }
        String transferEncoding = first(head.headers, "Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.equalsIgnoreCase("chunked")) {
            readChunked(in, body);
            return;
        }
        String lengthText = first(head.headers, "Content-Length");
        BigInteger length = lengthText == null ? null : PythonValues.parseInt(lengthText);
        if (length != null && length.signum() >= 0) {
            copy(in, body, length.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
            return;
        }
        in.transferTo(body);
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream body)
            throws IOException, ProtocolError, IncompleteRead {
        while (true) {
            byte[] raw = readLine(in);
            String line = raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1);
            int semicolon = line.indexOf(';');
            String sizeText = PythonText.strip(semicolon >= 0 ? line.substring(0, semicolon) : line);
            long size;
            try {
                size = Long.parseLong(sizeText.startsWith("0x") || sizeText.startsWith("0X") ? sizeText.substring(2) : sizeText, 16);
            } catch (NumberFormatException e) {
                throw new ProtocolError("ValueError: invalid literal for int() with base 16: " + PythonValues.bytesRepr(raw == null ? new byte[0] : raw));
            }
            if (size == 0) {
                while (true) {
                    byte[] trailer = readLine(in);
                    if (trailer == null || trailer.length == 0 || isBlankLine(trailer)) {
                        return;
                    }
                }
            }
            copy(in, body, size);
            byte[] crlf = in.readNBytes(2);
            if (crlf.length < 2) {
                throw new IncompleteRead(2 - crlf.length);
            }
        }
    }

    private static boolean isBlankLine(byte[] line) {
        return (line.length == 1 && line[0] == '\n') || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long length) throws IOException, IncompleteRead {
        byte[] buf = new byte[65536];
        long left = length;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new IncompleteRead(left);
            }
            body.write(buf, 0, n);
            left -= n;
        }
    }

    /** One line including its {@code \n}; the bytes so far at end of stream; null at end of stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return line.size() == 0 ? null : line.toByteArray();
            }
            line.write(c);
            if (c == '\n') {
                return line.toByteArray();
            }
        }
    }

    /** The exception as Python would print {@code "%s: %s" % (type(e).__name__, e)} for the same failure. */
    private static String pythonName(Exception e) {
        if (e instanceof ProtocolError) {
            return e.getMessage();
        }
        if (e instanceof SocketTimeoutException) {
            return "TimeoutError: timed out";
        }
        if (e instanceof ConnectException) {
            return "ConnectionRefusedError: [Errno 111] Connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "gaierror: [Errno -2] Name or service not known";
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof SocketException && message.toLowerCase().contains("reset")) {
            return "ConnectionResetError: [Errno 104] Connection reset by peer";
        }
        if (e instanceof SocketException && message.toLowerCase().contains("broken pipe")) {
            return "BrokenPipeError: [Errno 32] Broken pipe";
        }
        return e.getClass().getSimpleName() + ": " + message;
    }
}
