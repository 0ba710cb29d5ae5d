package dev.rasd.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Server-side request forgery guard: a link in a feed (or a redirect) must not make Rasd fetch from the machine
 * itself or from the private network it runs in. A URL is refused unless its scheme is http or https and every
 * address its host resolves to is public: not loopback, any-local, link-local, private (10/8, 172.16/12,
 * 192.168/16, IPv6 unique-local fc00::/7, site-local fec0::/10), carrier-grade NAT (100.64/10) or multicast.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry. Tests and the offline demo serve feeds on
 * 127.0.0.1 and construct the guard with {@code allowPrivateNetworks=true}, which still enforces the scheme.
 *
 * <p>The check resolves the host itself; the HTTP client resolves it again when it connects, so a DNS answer that
 * changes in between (rebinding) is not caught. Fetches go out without credentials, which limits what such a
 * request could reach.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; the system resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    /** A guard using the system resolver. */
    public AddressGuard(boolean allowPrivateNetworks) {
        this(allowPrivateNetworks, InetAddress::getAllByName);
    }

    /** A guard using {@code resolver} to find a host's addresses. */
    public AddressGuard(boolean allowPrivateNetworks, Resolver resolver) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /**
     * Checks that {@code url} may be fetched.
     *
     * @throws FetchException with {@link FetchException.Reason#UNSUPPORTED_URL} for another scheme or no host,
     *     {@link FetchException.Reason#BLOCKED_ADDRESS} for a non-public address, or
     *     {@link FetchException.Reason#NETWORK} when the host does not resolve
     */
    public void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.UNSUPPORTED_URL, "only http and https are fetched: " + url);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Reason.UNSUPPORTED_URL, "URL has no host: " + url);
        }
        if (allowPrivateNetworks) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS,
                        host + " resolves to non-public address " + address.getHostAddress());
            }
        }
    }

    /** Whether {@code address} is a public unicast address that Rasd may fetch from. */
    public static boolean isPublic(InetAddress address) {
        InetAddress effective = embeddedIpv4(address);
        if (effective.isLoopbackAddress() || effective.isAnyLocalAddress() || effective.isLinkLocalAddress()
                || effective.isSiteLocalAddress() || effective.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = effective.getAddress();
        if (effective instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean carrierGradeNat = first == 100 && second >= 64 && second < 128;
            boolean broadcast = first == 255;
            return !(thisNetwork || carrierGradeNat || broadcast);
        }
        boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
        return !uniqueLocal;
    }

    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
