package dev.hydrant.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server for one connection: it captures the raw request (head, then as many body bytes as its
 * Content-Length says), writes back the given raw response bytes, and closes. With a null response it says
 * nothing and waits for the client to hang up.
 */
final class CannedHttpServer implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<byte[]> request = new CompletableFuture<>();

    CannedHttpServer(byte[] response) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(() -> serve(response));
    }

    static CannedHttpServer answering(String response) throws IOException {
        return new CannedHttpServer(response.getBytes(StandardCharsets.ISO_8859_1));
    }

    int port() {
        return server.getLocalPort();
    }

    /** The raw request bytes as received. */
    String request() throws Exception {
        return new String(request.get(10, TimeUnit.SECONDS), StandardCharsets.ISO_8859_1);
    }

    private void serve(byte[] response) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            while (!raw.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                raw.write(c);
            }
            String head = raw.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            raw.write(in.readNBytes(length));
            request.complete(raw.toByteArray());
            if (response == null) {
                while (in.read() >= 0) {
                    // stay silent until the client gives up
                }
                return;
            }
            s.getOutputStream().write(response);
            s.getOutputStream().flush();
        } catch (IOException e) {
            request.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
