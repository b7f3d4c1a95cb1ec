package dev.hydrant.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which client addresses count as local for hydrus's "Only local access allowed!" check. Addresses are IP
 * literals, so no name lookup or traffic is involved.
 */
class LoopbackCheckTest {

    private static InetSocketAddress at(String literal) throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(literal), 45869);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"})
    void hydrusLocalAddresses(String literal) throws UnknownHostException {
        assertThat(ApiHandler.isLoopback(at(literal))).isTrue();
    }

    @Test
    void theMappedFormReachesUsAsIpv4() throws UnknownHostException {
        // a dual-stack socket reports ::ffff:127.0.0.1 as the IPv4 address
        InetAddress mapped = InetAddress.getByAddress(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1});
        assertThat(mapped.getAddress()).hasSize(4);
        assertThat(ApiHandler.isLoopback(new InetSocketAddress(mapped, 1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "192.168.1.2", "0.0.0.0", "::", "fe80::1", "::ffff:10.0.0.1", "8.8.8.8"})
    void otherAddressesAreNotLocal(String literal) throws UnknownHostException {
        assertThat(ApiHandler.isLoopback(at(literal))).isFalse();
    }

    @Test
    void unresolvedOrNonIpAddressesAreNotLocal() {
        assertThat(ApiHandler.isLoopback(InetSocketAddress.createUnresolved("localhost", 1))).isFalse();
        assertThat(ApiHandler.isLoopback(null)).isFalse();
        assertThat(ApiHandler.isLoopback(new SocketAddress() {
        })).isFalse();
    }
}
