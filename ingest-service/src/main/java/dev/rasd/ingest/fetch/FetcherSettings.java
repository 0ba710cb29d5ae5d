package dev.rasd.ingest.fetch;

import java.time.Duration;

/**
 * How {@link HttpFetcher} behaves.
 *
 * @param userAgent the User-Agent sent with every request: the product and a contact URL
 * @param timeout the most a request may take, connecting and receiving the whole response
 * @param maxRedirects the most redirects followed for one fetch
 * @param allowPrivateNetworks whether loopback/private addresses may be fetched (tests and the offline demo)
 */
public record FetcherSettings(String userAgent, Duration timeout, int maxRedirects, boolean allowPrivateNetworks) {}
