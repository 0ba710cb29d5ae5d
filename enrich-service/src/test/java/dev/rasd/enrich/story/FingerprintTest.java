package dev.rasd.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void hashesAreTheOnesStoredBefore() {
        // Values of the regex-based implementation this one replaced: stored fingerprints stay comparable.
        assertThat(Fingerprint.of("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل. وأضاف أن الوفد وصل أمس")
                .sentences()).containsExactly(5005638106245944629L);
        assertThat(Fingerprint.of("The minister said on Monday that talks would resume next week \uD801\uDC00\uD801\uDC01")
                .sentences()).containsExactly(-851139360018696271L);
    }

    @Test
    void normalisesBeforeHashing() {
        assertThat(Fingerprint.of("قالَ وزيرُ الخارجيةِ إنّ المحادثات ستستأنف الأسبوع المقبل"))
                .isEqualTo(Fingerprint.of("قال وزير الخارجيه ان المحادثات ستستانف الاسبوع المقبل"));
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWhateverSeparatesThem() {
        assertThat(Fingerprint.of("قال وزير الخارجية إن المحادثات ستستأنف 2024"))
                .isEqualTo(Fingerprint.of("  قال - وزير «الخارجية» (إن) المحادثات: ستستأنف — 2024"));
    }

    @Test
    void sentencesEndAtStopsLineBreaksAndQuotationMarksNextToCommas() {
        String six = "واحد اثنان ثلاثة أربعة خمسة ستة";
        String other = "سبعة ثمانية تسعة عشرة أحد عشر";
        assertThat(Fingerprint.of(six + ". " + other + " اثنا عشر").sentences()).hasSize(2);
        assertThat(Fingerprint.of(six + "\n" + other + " اثنا عشر").sentences()).hasSize(2);
        assertThat(Fingerprint.of(six + "؟ " + other + " اثنا عشر").sentences()).hasSize(2);
        assertThat(Fingerprint.of(six + "، \"" + other + " اثنا عشر").sentences()).hasSize(2);
        assertThat(Fingerprint.of(six + "\" ، " + other + " اثنا عشر").sentences()).hasSize(2);
        assertThat(Fingerprint.of(six + "، " + other + " اثنا عشر").sentences()).as("a comma alone").hasSize(1);
        assertThat(Fingerprint.of(six + "، - \"" + other + " اثنا عشر").sentences()).as("not next to each other")
                .hasSize(1);
    }

    @Test
    void keepsEachSentenceOfAtLeastSixWordsOnceInOrder() {
        String first = "واحد اثنان ثلاثة أربعة خمسة ستة";
        String second = "سبعة ثمانية تسعة عشرة أحد عشر";
        Fingerprint fingerprint = Fingerprint.of(first + ". عاجل: بيروت. " + second + ". " + first + ".");

        assertThat(fingerprint.sentences()).hasSize(2);
        assertThat(fingerprint.sentences().getFirst()).isEqualTo(Fingerprint.of(first).sentences().getFirst());
        assertThat(Fingerprint.of(null).sentences()).isEmpty();
    }
}
