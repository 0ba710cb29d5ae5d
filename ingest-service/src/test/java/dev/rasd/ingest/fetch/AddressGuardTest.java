package dev.rasd.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
        "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddressesAreRefused(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
        "::ffff:8.8.8.8"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void hostIsRefusedWhenAnyOfItsAddressesIsPrivate() {
        AddressGuard guard = new AddressGuard(false, host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")});

        assertThatThrownBy(() -> guard.check(URI.create("https://rebind.example/a")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS))
                .hasMessageContaining("10.0.0.5");
    }

    @Test
    void publicHostPasses() {
        AddressGuard guard = new AddressGuard(false, host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")});

        assertThatCode(() -> guard.check(URI.create("https://example.com/a"))).doesNotThrowAnyException();
    }

    @Test
    void literalLoopbackIsRefusedWithoutAskingDns() {
        AddressGuard guard = new AddressGuard(false);

        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.1:8080/feed")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
    }

    @Test
    void privateNetworksCanBeAllowedForTestsAndTheOfflineDemo() {
        assertThatCode(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1:8080/feed")))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyHttpAndHttpsAreFetchedEvenWhenPrivateNetworksAreAllowed() {
        for (String url : new String[] {"file:///etc/passwd", "ftp://example.com/a", "gopher://x/"}) {
            assertThatThrownBy(() -> new AddressGuard(true).check(URI.create(url)))
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.UNSUPPORTED_URL));
        }
    }

    @Test
    void unknownHostIsANetworkFailure() {
        AddressGuard guard = new AddressGuard(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.invalid/")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK));
    }
}
