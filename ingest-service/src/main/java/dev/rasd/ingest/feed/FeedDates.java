package dev.rasd.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that feeds write, leniently: RFC 822/1123 (any zone, two-digit years, no seconds), ISO 8601
 * (with or without {@code T}, zone or fraction), and Arabic dates (the Egyptian/Gulf, Levantine/Iraqi, Maghrebi and
 * Moroccan month names, day names, Arabic-Indic or Persian digits, {@code ص}/{@code م} for AM/PM).
 *
 * <p>A date without a zone is read in the feed's time zone. Numeric dates such as {@code 05/03/2024} are read
 * day first, as the region writes them, unless the second number cannot be a month. Hijri dates are not
 * converted: their years fall outside the accepted range and give {@code null}.
 */
public final class FeedDates {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[t ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + " ?(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)?");

    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>(?<da>\\d{1,4})[/.-](?<db>\\d{1,2})[/.-](?<dc>\\d{1,4}))"
                    + "|(?<time>(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9})\\d*)?)?)"
                    + "|(?<offset>[+-]\\d{1,2}(?::?\\d{2})?)"
                    + "|(?<number>\\d+)"
                    + "|(?<word>\\p{L}[\\p{L}.]*)");

    /** The word after كانون/تشرين: الأول or الثاني, with or without the article. */
    private static final Pattern LEVANTINE_ORDINAL = Pattern.compile("\\s*(ال)?(اول|ثاني)(?!\\p{L})");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        String[][] english = {
            {"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"}, {"may"},
            {"jun", "june"}, {"jul", "july"}, {"aug", "august"}, {"sep", "sept", "september"}, {"oct", "october"},
            {"nov", "november"}, {"dec", "december"}};
        // Egyptian/Gulf, Maghrebi (Algeria, Tunisia) and Moroccan names; the Levantine two-word names are
        // read in monthOf because they need the next word.
        String[][] arabic = {
            {"يناير", "جانفي"}, {"فبراير", "فيفري", "شباط"}, {"مارس", "آذار"}, {"أبريل", "إبريل", "أفريل", "نيسان"},
            {"مايو", "ماي", "أيار"}, {"يونيو", "يونيه", "جوان", "حزيران"},
            {"يوليو", "يوليه", "جويلية", "يوليوز", "تموز"}, {"أغسطس", "أوت", "غشت", "آب"},
            {"سبتمبر", "شتنبر", "أيلول"}, {"أكتوبر"}, {"نوفمبر", "نونبر"}, {"ديسمبر", "دجنبر"}};
        for (int m = 0; m < 12; m++) {
            for (String name : english[m]) {
                MONTHS.put(name, m + 1);
            }
            for (String name : arabic[m]) {
                MONTHS.put(normalize(name), m + 1);
            }
        }
        for (String utc : new String[] {"z", "ut", "utc", "gmt"}) {
            ZONES.put(utc, ZoneOffset.UTC);
        }
        String[][] named = {
            {"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"}, {"mst", "-07:00"},
            {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"},
            // AST is read as Arabia Standard Time, not Atlantic: these are Arabic feeds.
            {"ast", "+03:00"}, {"gst", "+04:00"}, {"msk", "+03:00"}, {"eet", "+02:00"}, {"eest", "+03:00"},
            {"cet", "+01:00"}, {"cest", "+02:00"}, {"wet", "+00:00"}, {"west", "+01:00"}, {"bst", "+01:00"}};
        for (String[] zone : named) {
            ZONES.put(zone[0], ZoneOffset.of(zone[1]));
        }
    }

    private FeedDates() {
    }

    /**
     * Reads a feed date.
     *
     * @param raw the text of the date element, may be null
     * @param feedZone the zone for dates written without one; null means UTC
     * @return the instant, or null when {@code raw} is blank or cannot be read as a date; never throws
     */
    public static Instant parse(String raw, ZoneId feedZone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = normalize(raw).strip().replaceAll("\\s+", " ");
        ZoneId defaultZone = feedZone == null ? ZoneOffset.UTC : feedZone;
        try {
            Matcher iso = ISO.matcher(text);
            DateFields fields = iso.matches() ? isoFields(iso) : tokenFields(text);
            return fields == null ? null : fields.toInstant(defaultZone);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Folds the spellings that date texts vary in: Arabic-Indic and Persian digits to ASCII, hamza forms of alef
     * to bare alef, alef maqsura to yeh; drops diacritics, tatweel and bidi marks; lower-cases Latin letters.
     */
    private static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
                out.append('ا');
            } else if (c == 'ى') {
                out.append('ي');
            } else if (c == '،') {
                out.append(',');
            } else if (c == '\u00A0' || c == '\u202F') {
                out.append(' ');
            } else if (!isIgnorable(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u0652') // harakat
                || c == '\u0640' // tatweel
                || c == '\u200E' || c == '\u200F' || c == '\u061C' // bidi marks
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static DateFields isoFields(Matcher iso) {
        DateFields f = new DateFields();
        f.year = Integer.parseInt(iso.group(1));
        f.month = Integer.parseInt(iso.group(2));
        f.day = Integer.parseInt(iso.group(3));
        if (iso.group(4) != null) {
            f.setTime(iso.group(4), iso.group(5), iso.group(6), iso.group(7));
        }
        String zone = iso.group(8);
        if (zone != null) {
            f.zone = ZONES.containsKey(zone) ? ZONES.get(zone) : offset(zone);
        }
        return f;
    }

    private static DateFields tokenFields(String text) {
        DateFields f = new DateFields();
        Matcher m = TOKEN.matcher(text);
        String previous = null; // the kind of the previous token: "time", "zone" or null
        ZoneId namedZone = null;
        while (m.find()) {
            String kind = null;
            if (m.group("date") != null) {
                f.setNumericDate(Integer.parseInt(m.group("da")), m.group("da").length(),
                        Integer.parseInt(m.group("db")), Integer.parseInt(m.group("dc")));
            } else if (m.group("time") != null) {
                if (f.hour < 0) {
                    f.setTime(m.group("h"), m.group("mi"), m.group("s"), m.group("f"));
                }
                kind = "time";
            } else if (m.group("offset") != null) {
                String token = m.group("offset");
                // "+3" is an offset only right after GMT/UTC; "+0300" and "+03:00" stand on their own.
                if ("zone".equals(previous) || token.length() >= 5) {
                    f.zone = offset(token);
                }
            } else if (m.group("number") != null) {
                f.setNumber(m.group("number"));
            } else {
                String word = m.group("word").replace(".", "");
                Integer month = monthOf(word, m, text);
                if (month != null) {
                    f.month = month;
                } else if ("time".equals(previous) && isMeridiem(word)) {
                    f.pm = isPm(word);
                    f.meridiem = true;
                    kind = "time";
                } else if (ZONES.containsKey(word)) {
                    namedZone = ZONES.get(word);
                    kind = "zone";
                }
                // Any other word (day names, "الموافق", "at", "الساعة" …) carries no date information.
            }
            previous = kind;
        }
        if (f.zone == null) {
            f.zone = namedZone;
        }
        return f.isComplete() ? f : null;
    }

    /** The month a word names; the Levantine كانون and تشرين take the next word (الأول/الثاني) too. */
    private static Integer monthOf(String word, Matcher m, String text) {
        if (word.equals("كانون") || word.equals("تشرين")) {
            Matcher next = LEVANTINE_ORDINAL.matcher(text).region(m.end(), text.length());
            if (!next.lookingAt()) {
                return null;
            }
            boolean first = next.group(2).equals("اول");
            m.region(next.end(), text.length());
            return word.equals("كانون") ? (first ? 12 : 1) : (first ? 10 : 11);
        }
        return MONTHS.get(word);
    }

    private static boolean isMeridiem(String word) {
        return word.equals("am") || word.equals("pm") || word.equals("ص") || word.equals("م")
                || word.equals("صباحا") || word.equals("صباح") || word.equals("فجرا")
                || word.equals("مساء") || word.equals("مساءا") || word.equals("ظهرا") || word.equals("عصرا");
    }

    private static boolean isPm(String word) {
        return word.equals("pm") || word.equals("م") || word.startsWith("مساء") || word.equals("ظهرا")
                || word.equals("عصرا");
    }

    private static ZoneOffset offset(String token) {
        int sign = token.charAt(0) == '-' ? -1 : 1;
        String digits = token.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** The fields found so far; -1 is "not found". */
    private static final class DateFields {
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute;
        int second;
        int nanos;
        boolean meridiem;
        boolean pm;
        ZoneId zone;

        void setTime(String h, String mi, String s, String fraction) {
            hour = Integer.parseInt(h);
            minute = Integer.parseInt(mi);
            second = s == null ? 0 : Math.min(59, Integer.parseInt(s)); // a leap second reads as :59
            nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        }

        void setNumericDate(int a, int aDigits, int b, int c) {
            if (aDigits == 4) {
                year = a;
                month = b;
                day = c;
            } else if (b > 12 && a <= 12) { // month first, as in the US
                month = a;
                day = b;
                year = twoDigitYear(c);
            } else {
                day = a;
                month = b;
                year = twoDigitYear(c);
            }
        }

        void setNumber(String digits) {
            int value = Integer.parseInt(digits.length() > 9 ? "0" : digits);
            if (digits.length() == 4 && year < 0) {
                year = value;
            } else if (digits.length() <= 2 && day < 0) {
                day = value;
            } else if (digits.length() <= 2 && year < 0) {
                year = twoDigitYear(value);
            }
        }

        /** RFC 2822: 00–49 are 2000–2049, 50–99 are 1950–1999. */
        private static int twoDigitYear(int y) {
            if (y >= 100) {
                return y;
            }
            return y < 50 ? 2000 + y : 1900 + y;
        }

        boolean isComplete() {
            return year >= 0 && month >= 0 && day >= 0;
        }

        Instant toInstant(ZoneId defaultZone) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            int h = Math.max(hour, 0);
            if (meridiem) {
                if (h > 12) {
                    return null;
                }
                h = pm ? (h % 12) + 12 : h % 12;
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, h, minute, second, nanos);
            return local.atZone(zone == null ? defaultZone : zone).toInstant();
        }
    }
}
