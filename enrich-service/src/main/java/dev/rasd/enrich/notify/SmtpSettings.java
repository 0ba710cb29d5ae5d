package dev.rasd.enrich.notify;

import java.util.Locale;

/**
 * How enrich-service reaches its SMTP server (see the README's settings table).
 *
 * @param host {@code RASD_SMTP_HOST}; null when email is not configured (an email delivery then fails with that
 *     reason and goes to the dead-letter topic)
 * @param port {@code RASD_SMTP_PORT}, default 587
 * @param tls {@code RASD_SMTP_TLS}: {@code starttls} (default), {@code ssl} or {@code none}
 * @param user {@code RASD_SMTP_USER}, or null for no authentication
 * @param password {@code RASD_SMTP_PASSWORD} (never logged)
 * @param from {@code RASD_SMTP_FROM}, the sender address, default {@code rasd@localhost}
 */
public record SmtpSettings(String host, int port, Tls tls, String user, String password, String from) {

    /** How the connection to the SMTP server is secured. */
    public enum Tls {
        /** Plain connection upgraded with STARTTLS, which the server must offer. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        SSL,
        /** No TLS: only for a server on the same host or in a test. */
        NONE;

        /** The mode named {@code name} ({@code starttls}, {@code ssl}, {@code none}), in any case. */
        public static Tls named(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("RASD_SMTP_TLS must be starttls, ssl or none, not '" + name + "'");
            }
        }
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", tls=" + tls + ", user=" + user + ", from=" + from
                + "]";
    }
}
