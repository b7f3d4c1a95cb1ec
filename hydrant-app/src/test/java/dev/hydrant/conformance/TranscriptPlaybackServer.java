package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in server for testing the replay engine without Hydrant: it answers each request with the next
 * recorded response of a transcript (JSON and CBOR re-encoded, binary bodies rebuilt with the recorded length
 * and image header, a recorded transport failure as no answer at all) and checks that the request it got is
 * the one the transcript recorded (method, target, headers, body, with the media folder shown as
 * {@code <media>}). Hidden file_id lookups are answered from the id/hash pairs the transcript contains.
 * Connections are served one at a time, in order, on a loopback port.
 */
final class TranscriptPlaybackServer implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<ObjectNode> lines;
    private final String mediaDir;
    private final Map<String, JsonNode> hashToId = new HashMap<>();
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final List<String> hiddenLookups = Collections.synchronizedList(new ArrayList<>());
    private final ServerSocket server;
    private final Thread thread;
    private int cursor;

    /**
     * @param lines        the recorded transcript
     * @param mediaDir     the media folder the replayer uses (shown as {@code <media>} in recorded requests)
     * @param knownFileIds sha256 to file_id pairs the recorder obtained through hidden lookups (record.py does
     *                     not list those lookups in its transcripts)
     */
    TranscriptPlaybackServer(List<ObjectNode> lines, String mediaDir, Map<String, JsonNode> knownFileIds) throws IOException {
        this.lines = lines;
        this.mediaDir = mediaDir;
        hashToId.putAll(knownFileIds);
        for (ObjectNode line : lines) {
            JsonNode json = line.get("response").get("json");
            if (json != null) {
                collectPairs(json);
            }
        }
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = Thread.ofPlatform().daemon().name("transcript-playback").start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Requests that differed from the recorded ones, one text each. */
    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** The hashes asked for by hidden lookups. */
    List<String> hiddenLookups() {
        return List.copyOf(hiddenLookups);
    }

    /** How many recorded steps have been answered. */
    synchronized int answered() {
        return cursor;
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collectPairs(JsonNode o) {
        if (o.isObject()) {
            JsonNode h = o.get("hash");
            JsonNode id = o.get("file_id");
            if (h != null && h.isTextual() && id != null && id.isIntegralNumber()) {
                hashToId.put(h.textValue(), id);
            }
            o.elements().forEachRemaining(this::collectPairs);
        } else if (o.isArray()) {
            o.forEach(this::collectPairs);
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                handle(s);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    mismatches.add("server failure: " + e);
                }
            }
        }
    }

    private record Received(String method, String target, List<HeaderField> headers, byte[] body) {
        String header(String name) {
            return headers.stream().filter(h -> h.name().equals(name)).map(HeaderField::value).findFirst().orElse(null);
        }
    }

    private void handle(Socket s) throws IOException {
        InputStream in = new BufferedInputStream(s.getInputStream());
        Received r = read(in);
        OutputStream out = s.getOutputStream();
        if (r == null) {
            return;
        }
        ObjectNode line;
        synchronized (this) {
            line = cursor < lines.size() ? lines.get(cursor) : null;
        }
        JsonNode expectedTarget = line == null ? null : line.get("request").get("target");
        if (r.target.startsWith("/get_files/file_metadata?hash=") && r.target.endsWith("&only_return_identifiers=true")
                && (expectedTarget == null || !redact(r.target).equals(expectedTarget.textValue()))) {
            answerLookup(r, out);
            return;
        }
        if (line == null) {
            mismatches.add("request after the last recorded step: " + r.method + " " + r.target);
            return;
        }
        synchronized (this) {
            cursor++;
        }
        check(line, r);
        ObjectNode resp = (ObjectNode) line.get("response");
        if (resp.get("status").asInt() == 0) {
            while (in.read() >= 0) {
                // a recorded transport failure: never answer, wait for the client to give up
            }
            return;
        }
        out.write(response(resp, r.method));
        out.flush();
    }

    private static Received read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", 3);
        List<HeaderField> headers = new ArrayList<>();
        while (true) {
            String h = line(in);
            if (h == null || h.isEmpty()) {
                break;
            }
            int colon = h.indexOf(':');
            headers.add(new HeaderField(h.substring(0, colon), h.substring(colon + 1).strip()));
        }
        int length = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Length"))
                .map(h -> Integer.parseInt(h.value())).findFirst().orElse(0);
        return new Received(parts[0], parts[1], headers, in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            b.write(c);
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private String redact(String text) {
        return text.replace(mediaDir, "<media>");
    }

    private void answerLookup(Received r, OutputStream out) throws IOException {
        String hash = r.target.substring("/get_files/file_metadata?hash=".length(), r.target.indexOf('&'));
        hiddenLookups.add(hash);
        ObjectNode body = NODES.objectNode();
        JsonNode id = hashToId.get(hash);
        var metadata = body.putArray("metadata");
        if (id != null) {
            ObjectNode m = metadata.addObject();
            m.set("file_id", id);
            m.put("hash", hash);
        }
        byte[] b = PythonJsonWriter.dumps(body).getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
    }

    // ------------------------------------------------------------------------------------ request check

    private void check(ObjectNode line, Received r) {
        JsonNode req = line.get("request");
        String where = "step " + line.get("n") + " (" + line.get("id").asText() + "): ";
        if (!req.get("method").textValue().equals(r.method)) {
            mismatches.add(where + "method " + r.method + " != " + req.get("method"));
        }
        if (!req.get("target").textValue().equals(redact(r.target))) {
            mismatches.add(where + "target " + redact(r.target) + " != " + req.get("target").textValue());
        }
        JsonNode headers = req.get("headers");
        if (headers != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String got = r.header(e.getKey());
                String want = PythonValues.str(e.getValue());
                if (got == null || !got.equals(want.strip())) {
                    mismatches.add(where + "header " + e.getKey() + ": " + got + " != " + want);
                }
            }
        }
        if (req.has("json")) {
            String body = redact(new String(r.body, StandardCharsets.UTF_8));
            String want = PythonJsonWriter.dumps(req.get("json"));
            if (!body.equals(want)) {
                mismatches.add(where + "JSON body " + body + " != " + want);
            }
        } else if (req.has("cbor")) {
            JsonNode got = new PythonJsonReader().readValid(redact(PythonJsonWriter.dumps(CborReader.decode(r.body), false)));
            List<String> d = new JsonDiff(true, true, 20).diff(req.get("cbor"), got);
            if (!d.isEmpty()) {
                mismatches.add(where + "CBOR body " + d);
            }
        } else if (req.has("body")) {
            JsonNode b = req.get("body");
            if (b.has("raw")) {
                if (!b.get("raw").textValue().equals(new String(r.body, StandardCharsets.UTF_8))) {
                    mismatches.add(where + "raw body differs");
                }
            } else if (!b.get("sha256").textValue().equals(ResponseDescriber.sha256(r.body))
                    || b.get("length").asInt() != r.body.length) {
                mismatches.add(where + "file body differs");
            }
        } else if (r.body.length > 0) {
            mismatches.add(where + "unexpected body of " + r.body.length + " bytes");
        }
    }

    // ------------------------------------------------------------------------------------ response

    private static byte[] response(ObjectNode resp, String method) {
        int status = resp.get("status").asInt();
        byte[] body = body(resp);
        boolean bodiless = method.equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Recorded\r\n");
        JsonNode recorded = resp.get("headers");
        boolean sentLength = false;
        for (JsonNode nameNode : resp.get("header_order")) {
            String name = nameNode.textValue();
            JsonNode value = headerValue(recorded, name);
            if (value == null) {
                continue;
            }
            if (name.equalsIgnoreCase("Content-Length")) {
                sentLength = true;
                head.append(name).append(": ").append(bodiless ? value.textValue() : Integer.toString(body.length)).append("\r\n");
            } else {
                head.append(name).append(": ").append(value.textValue()).append("\r\n");
            }
        }
        if (!sentLength && !bodiless) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!bodiless) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static JsonNode headerValue(JsonNode recorded, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static byte[] body(ObjectNode resp) {
        if (resp.has("json")) {
            JsonNode json = resp.get("json");
            if (resp.path("json_summarised").asBoolean(false)) {
                json = unsummarise(json);
            }
            return PythonJsonWriter.dumps(json).getBytes(StandardCharsets.UTF_8);
        }
        if (resp.has("cbor")) {
            return CborWriter.encode(withBytes(resp.get("cbor")));
        }
        JsonNode b = resp.get("body");
        int length = b.get("length").asInt();
        if (b.has("text")) {
            byte[] t = b.get("text").textValue().getBytes(StandardCharsets.UTF_8);
            if (t.length == length) {
                return t;
            }
        }
        byte[] data = new byte[length];
        if (b.has("image")) {
            JsonNode image = b.get("image");
            byte[] header = imageHeader(image.get("format").textValue(), image.get("width").asInt(), image.get("height").asInt());
            System.arraycopy(header, 0, data, 0, Math.min(header.length, length));
        }
        return data;
    }

    /** Rebuilds an object with the recorded key lists from a {@code json_keys_only} summary. */
    private static JsonNode unsummarise(JsonNode summary) {
        ObjectNode top = NODES.objectNode();
        summary.get("$top_level_keys").forEach(k -> top.putNull(k.textValue()));
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("$keys_of.") && !e.getKey().equals("$keys_of.")) {
                ObjectNode sub = top.putObject(e.getKey().substring("$keys_of.".length()));
                e.getValue().forEach(k -> sub.putNull(k.textValue()));
            }
        }
        return top;
    }

    /** {@code {"$bytes": hex}} back to byte strings. */
    private static JsonNode withBytes(JsonNode v) {
        if (v.isObject() && v.size() == 1 && v.has("$bytes")) {
            return BinaryNode.valueOf(HexFormat.of().parseHex(v.get("$bytes").textValue()));
        }
        if (v.isObject()) {
            ObjectNode r = NODES.objectNode();
            v.fields().forEachRemaining(e -> r.set(e.getKey(), withBytes(e.getValue())));
            return r;
        }
        if (v.isArray()) {
            var r = NODES.arrayNode();
            v.forEach(x -> r.add(withBytes(x)));
            return r;
        }
        return v;
    }

    /** The smallest header {@link ImageSniffer} reads this format and size from. */
    private static byte[] imageHeader(String format, int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(32);
        switch (format.toLowerCase(Locale.ROOT)) {
            case "png" -> {
                b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
                b.putInt(w).putInt(h);
            }
            case "gif" -> {
                b.order(ByteOrder.LITTLE_ENDIAN).put("GIF89a".getBytes(StandardCharsets.US_ASCII));
                b.putShort((short) w).putShort((short) h);
            }
            case "jpeg" -> {
                b.put(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8});
                b.putShort((short) h).putShort((short) w);
            }
            case "webp" -> {
                b.order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                        .put("WEBPVP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
                b.put((byte) (w - 1)).put((byte) ((w - 1) >> 8)).put((byte) ((w - 1) >> 16));
                b.put((byte) (h - 1)).put((byte) ((h - 1) >> 8)).put((byte) ((h - 1) >> 16));
            }
            case "bmp" -> {
                b.order(ByteOrder.LITTLE_ENDIAN).put("BM".getBytes(StandardCharsets.US_ASCII)).position(18);
                b.putInt(w).putInt(h);
            }
            default -> throw new IllegalArgumentException("no header for " + format);
        }
        byte[] r = new byte[Math.max(b.position(), 12)];
        System.arraycopy(b.array(), 0, r, 0, r.length);
        return r;
    }
}
