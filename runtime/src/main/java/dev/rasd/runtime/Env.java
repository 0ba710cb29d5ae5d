package dev.rasd.runtime;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of environment variables with defaults. A malformed value fails with a message that names the
 * variable, the value and what was expected.
 */
public final class Env {

    private final Map<String, String> values;

    private Env(Map<String, String> values) {
        this.values = values;
    }

    /** Reads from {@code values}, usually {@link System#getenv()}. */
    public static Env of(Map<String, String> values) {
        return new Env(values);
    }

    /** The value of {@code name}, or {@code fallback} when unset or blank. */
    public String string(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A whole number. */
    public int integer(String name, int fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A whole number of bytes: {@code 5000000}, {@code 512k}, {@code 5m}, {@code 1g}. */
    public long bytes(String name, long fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        String v = value.toLowerCase(Locale.ROOT).replaceAll("b$", "");
        long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        try {
            return Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a size such as 5m or 512k, not '" + value + "'");
        }
    }

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}, {@code yes}/{@code no}). */
    public boolean bool(String name, boolean fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    /**
     * A duration: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}, a bare number of seconds, or
     * ISO-8601 ({@code PT5M}).
     */
    public Duration duration(String name, Duration fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a duration such as 30s, 5m, 2h or 7d, not '" + value + "'");
        }
    }

    /**
     * Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}, a bare number of seconds, or ISO-8601.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Duration parseDuration(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("unknown unit in '" + text + "'");
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "'", e);
        }
    }
}
