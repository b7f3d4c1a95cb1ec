package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.api.http.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --https --port 0} as the CLI wires it: a self-signed {@code client.crt}/{@code client.key} pair is
 * made in the data folder on first use and kept afterwards, TLS 1.2 or newer only, no plain HTTP on the port.
 */
class HttpsServerTest {
    @TempDir
    Path data;

    /** A TLS client that accepts any certificate (the server's is self-signed) and checks no host name. */
    private static SSLContext trustingEverything(String protocol) throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(null, new TrustManager[]{trustAll}, new SecureRandom());
        return context;
    }

    private record Exchange(String answer, String protocol, Certificate serverCertificate) {
    }

    private static Exchange httpsGet(int port, String target) throws Exception {
        try (SSLSocket socket = (SSLSocket) trustingEverything("TLS").getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Exchange(answer, socket.getSession().getProtocol(), socket.getSession().getPeerCertificates()[0]);
        }
    }

    private static X509Certificate certificateIn(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void servesHttpsWithASelfSignedPairMadeInTheDataFolder() throws Exception {
        DataFolder folder = new DataFolder(data);
        assertThat(folder.certificate()).doesNotExist();
        Certificate first;
        try (Library library = Library.open(folder);
             HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, true))) {
            assertThat(folder.certificate()).isRegularFile();
            assertThat(folder.privateKey()).isRegularFile();
            assertThat(Files.readString(folder.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(Files.readString(folder.privateKey())).contains("PRIVATE KEY-----");

            Exchange e = httpsGet(server.port(), "/api_version");
            assertThat(e.answer()).startsWith("HTTP/1.1 200 ").contains("Hydrus-Server: client api/95 (682)")
                    .endsWith("{\"version\":95,\"hydrus_version\":682}");
            assertThat(e.protocol()).isIn("TLSv1.2", "TLSv1.3");
            assertThat(e.serverCertificate()).isEqualTo(certificateIn(folder.certificate()));
            first = e.serverCertificate();

            assertThat(plainHttpAnswer(server.port())).as("no plain HTTP on the HTTPS port").doesNotStartWith("HTTP/1.1 200");
        }
        byte[] certificate = Files.readAllBytes(folder.certificate());
        try (Library library = Library.open(folder);
             HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, true))) {
            assertThat(Files.readAllBytes(folder.certificate())).as("the pair is reused").isEqualTo(certificate);
            assertThat(httpsGet(server.port(), "/api_version").serverCertificate()).isEqualTo(first);
        }
    }

    @Test
    void onlyTls12AndNewerAreOffered() throws Exception {
        // (a client-side TLS 1.1 attempt would prove nothing: the JDK client refuses TLS 1.1 by itself)
        var ssl = HttpsCertificate.loadOrCreate(new DataFolder(data));
        ssl.start();
        try {
            assertThat(ssl.getSelectedProtocols()).isNotEmpty().allMatch(p -> p.equals("TLSv1.2") || p.equals("TLSv1.3"));
        } finally {
            ssl.stop();
        }
    }

    private static String plainHttpAnswer(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write("GET /api_version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "connection failed: " + e;
        }
    }
}
