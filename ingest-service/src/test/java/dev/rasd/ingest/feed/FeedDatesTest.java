package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo"); // +02:00 in March 2024

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 05 Mar 2024 14:30:00 +0300       | 2024-03-05T11:30:00Z",
        "Tue, 05 Mar 2024 14:30:00 GMT         | 2024-03-05T14:30:00Z",
        "Tue, 5 Mar 2024 14:30:00 UT           | 2024-03-05T14:30:00Z",
        "Tuesday, 05 March 2024 09:30:00 EST   | 2024-03-05T14:30:00Z",
        "Tue, 05 Mar 24 14:30:00 +0000         | 2024-03-05T14:30:00Z",
        "05 Mar 99 14:30 GMT                   | 1999-03-05T14:30:00Z",
        "Tue, 05 Mar 2024 14:30 +03:00         | 2024-03-05T11:30:00Z",
        "Tue, 05 Mar 2024 14:30:00 AST         | 2024-03-05T11:30:00Z",
        "Tue, 05 Mar 2024 14:30:00 GMT+3       | 2024-03-05T11:30:00Z",
        "Tue, 05 Mar 2024 14:30:00 -0000 (UTC) | 2024-03-05T14:30:00Z",
        "Mar 5, 2024 2:30 PM                   | 2024-03-05T12:30:00Z",
        "Mar 5, 2024 12:10 a.m.                | 2024-03-04T22:10:00Z",
    })
    void readsRfc822Dates(String raw, String expected) {
        assertThat(FeedDates.parse(raw, CAIRO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05T14:30:00Z             | 2024-03-05T14:30:00Z",
        "2024-03-05T14:30:00.123456+03:00 | 2024-03-05T11:30:00.123456Z",
        "2024-03-05T14:30:00+0300         | 2024-03-05T11:30:00Z",
        "2024-03-05 14:30:00              | 2024-03-05T12:30:00Z",
        "2024-03-05T14:30                 | 2024-03-05T12:30:00Z",
        "2024-03-05                       | 2024-03-04T22:00:00Z",
        "2024-03-05T14:30:00.5Z           | 2024-03-05T14:30:00.500Z",
    })
    void readsIso8601Dates(String raw, String expected) {
        assertThat(FeedDates.parse(raw, CAIRO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Egyptian/Gulf month names, Arabic day names, ص/م
        "الثلاثاء 5 مارس 2024 - 10:15 م        | 2024-03-05T20:15:00Z",
        "الأحد، 7 أبريل 2024 09:00 ص           | 2024-04-07T07:00:00Z",
        "7 ابريل 2024                          | 2024-04-06T22:00:00Z",
        "1 يونيه 2024 12:00 م                  | 2024-06-01T09:00:00Z",
        "السبت 20 يوليه 2024 12:30 ص           | 2024-07-19T21:30:00Z",
        "15 أغسطس 2024 08:00 مساءً             | 2024-08-15T17:00:00Z",
        // Levantine/Iraqi, including the two-word months
        "الاثنين 1 كانون الثاني 2024 10:00      | 2024-01-01T08:00:00Z",
        "31 كانون الأول 2023 23:59             | 2023-12-31T21:59:00Z",
        "3 تشرين الأول 2024                    | 2024-10-02T21:00:00Z",
        "4 تشرين الثاني 2024                   | 2024-11-03T22:00:00Z",
        "5 شباط 2024                           | 2024-02-04T22:00:00Z",
        "٥ آذار ٢٠٢٤ - ١٠:٣٠ ص                 | 2024-03-05T08:30:00Z",
        "10 نيسان 2024                         | 2024-04-09T22:00:00Z",
        "10 أيار 2024                          | 2024-05-09T21:00:00Z",
        "10 حزيران 2024                        | 2024-06-09T21:00:00Z",
        "10 تموز 2024                          | 2024-07-09T21:00:00Z",
        "10 آب 2024                            | 2024-08-09T21:00:00Z",
        "10 أيلول 2024                         | 2024-09-09T21:00:00Z",
        // Maghrebi (Algeria, Tunisia)
        "الخميس 11 جانفي 2024 14:00            | 2024-01-11T12:00:00Z",
        "11 فيفري 2024                         | 2024-02-10T22:00:00Z",
        "11 أفريل 2024                         | 2024-04-10T22:00:00Z",
        "11 ماي 2024                           | 2024-05-10T21:00:00Z",
        "11 جوان 2024                          | 2024-06-10T21:00:00Z",
        "11 جويلية 2024                        | 2024-07-10T21:00:00Z",
        "11 أوت 2024                           | 2024-08-10T21:00:00Z",
        // Moroccan
        "11 يوليوز 2024                        | 2024-07-10T21:00:00Z",
        "11 غشت 2024                           | 2024-08-10T21:00:00Z",
        "11 شتنبر 2024                         | 2024-09-10T21:00:00Z",
        "11 نونبر 2024                         | 2024-11-10T22:00:00Z",
        "الجمعة 13 دجنبر 2024 - 18:05          | 2024-12-13T16:05:00Z",
        // Persian digits, tatweel, diacritics, the AD marker م after the year
        "۱۲ مـــارس ۲۰۲۴                       | 2024-03-11T22:00:00Z",
        "الأربعاء 6 مارس 2024م 08:00 صباحاً     | 2024-03-06T06:00:00Z",
        // numeric forms, day first
        "05/03/2024 10:30                      | 2024-03-05T08:30:00Z",
        "2024/03/05 10:30 +0300                | 2024-03-05T07:30:00Z",
        "03/25/2024                            | 2024-03-24T22:00:00Z",
    })
    void readsArabicDates(String raw, String expected) {
        assertThat(FeedDates.parse(raw, CAIRO)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void readsLocalTimesInUtcWhenTheFeedHasNoZone() {
        assertThat(FeedDates.parse("2024-03-05 14:30", null)).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
        assertThat(FeedDates.parse("5 مارس 2024 14:30", null)).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    }

    @Test
    void anExplicitOffsetWinsOverTheFeedZone() {
        assertThat(FeedDates.parse("Tue, 05 Mar 2024 14:30:00 +0000", CAIRO))
                .isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "منذ 5 دقائق", "Tue, 05 Foo 2024", "2024-13-45",
        "31 فبراير 2024", "5 رمضان 1445 هـ", "25 شعبان 1445", "Tue, 05 Mar 2024 25:61:00 GMT", "13:00 PM 5 Mar 2024",
        "2024", "5 مارس"})
    void returnsNullForWhatIsNotADate(String raw) {
        assertThat(FeedDates.parse(raw, CAIRO)).isNull();
    }

    @Test
    void returnsNullForNull() {
        assertThat(FeedDates.parse(null, CAIRO)).isNull();
    }
}
