package dev.hydrant.api.http;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The Jetty server behind the Client API: virtual threads, request line + headers limited to 2 MiB, plain HTTP or
 * HTTPS (either, never both, as in hydrus), bound to the loopback addresses unless non-local access is allowed.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Hydrus (Twisted) limits the request line plus headers to this. */
    public static final int MAX_HEADER_BYTES = 2 * 1024 * 1024;

    private final Server server;
    private final List<ServerConnector> connectors = new ArrayList<>();

    public ApiServer(ServerSettings settings, Handler handler, SslContextFactory.Server ssl) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("hydrant-api");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        http.setUriCompliance(UriCompliance.UNSAFE);
        if (ssl != null) {
            http.addCustomizer(new SecureRequestCustomizer(false));
        }
        List<String> hosts = settings.allowNonLocal() ? List.of("0.0.0.0", "::") : List.of("127.0.0.1", "::1");
        for (String host : hosts) {
            if (settings.port() == 0 && !connectors.isEmpty()) {
                break;
            }
            ServerConnector connector = ssl == null
                    ? new ServerConnector(server, new HttpConnectionFactory(http))
                    : new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(settings.port());
            connectors.add(connector);
        }
        server.setErrorHandler(new TransportErrorHandler());
        server.setHandler(handler);
        server.setStopTimeout(5_000);
    }

    /** Starts listening. A second (IPv6) address that cannot be bound is skipped with a warning. */
    public void start() throws Exception {
        ServerConnector primary = connectors.get(0);
        server.addConnector(primary);
        for (ServerConnector extra : connectors.subList(1, connectors.size())) {
            if (ipv6Available(extra.getHost())) {
                server.addConnector(extra);
            }
        }
        try {
            server.start();
        } catch (IOException e) {
            if (server.getConnectors().length > 1) {
                LOG.warn("could not listen on every address ({}); listening on {} only", e.getMessage(), primary.getHost());
                server.stop();
                for (var c : server.getConnectors()) {
                    if (c != primary) {
                        server.removeConnector(c);
                    }
                }
                server.start();
            } else {
                throw e;
            }
        }
    }

    private static boolean ipv6Available(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return java.net.NetworkInterface.getByInetAddress(address) != null || address.isAnyLocalAddress();
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return connectors.get(0).getLocalPort();
    }

    public String host() {
        return connectors.get(0).getHost();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("error while stopping the server", e);
        }
    }
}
