package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Keywords} in a {@link KeywordIndex} find exactly what the regex {@code \b(?:K1|K2 ?WORD|…)\d*\b} finds. */
class KeywordsTest {

    private static final String[] WORDS = {"POT", "POTENTIOMETER", "CAP POL", "R A", "RA", "3 PIN", "PLCC2", "PLCC",
            "X7R", "MOSFET N", "MOSFET", "LIGHT-EMITTING", "WIRE TO BOARD"};
    /** Lists sharing words, in different orders. */
    private static final String[][] LISTS = {WORDS, {"PLCC", "RA", "R A", "MOSFET", "POT"}, {"CAP", "CAPPOL", "X7R"},
            {"MOSFET N", "PLCC2"}};
    private static final String ALPHABET = "POTENIMRCAL2378X_ -.\u00b5\u03a9\u00e9\u0301\u2163\ud835\udc00";

    @Test
    void findsWhatTheRegexFinds() {
        List<Keywords> lists = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        for (String[] words : LISTS) {
            lists.add(new Keywords(words));
            regexes.add(regex(words));
        }
        KeywordIndex index = new KeywordIndex(lists);
        Random random = new Random(1);
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random);
            KeywordIndex.Hits hits = index.search(KeywordText.of(text));
            for (int i = 0; i < lists.size(); i++) {
                Matcher m = regexes.get(i).matcher(text);
                String expected = m.find() ? m.group() : null;
                assertThat(hits.first(lists.get(i))).as(i + ": " + text).isEqualTo(expected);
            }
        }
    }

    @Test
    void matchesWholeTokensAsTheRegexDoes() {
        Keywords keywords = new Keywords(WORDS);
        Pattern regex = regex(WORDS);
        Random random = new Random(2);
        for (int n = 0; n < 100_000; n++) {
            String token = randomText(random).replace(" ", "");
            assertThat(keywords.matchesWhole(token)).as(token).isEqualTo(regex.matcher(token).matches());
        }
    }

    @Test
    void examples() {
        Keywords keywords = new Keywords(WORDS);
        KeywordIndex index = new KeywordIndex(List.of(keywords));
        assertThat(index.search(KeywordText.of("10K POTENTIOMETER")).first(keywords)).isEqualTo("POTENTIOMETER");
        assertThat(index.search(KeywordText.of("CAPPOL 10U")).first(keywords)).isEqualTo("CAPPOL");
        assertThat(index.search(KeywordText.of("HDR R A PLCC22")).first(keywords)).isEqualTo("R A");
        assertThat(index.search(KeywordText.of("POT10K")).has(keywords)).isFalse();
        assertThat(index.search(KeywordText.of("TRIMPOT")).has(keywords)).isFalse();
    }

    @Test
    void rejectsWordsItCannotFindAsTheRegexWould() {
        assertThatThrownBy(() -> new Keywords("CAP  POL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keywords("cap")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keywords("CAP ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(16);
        while (text.length() < length) {
            if (random.nextInt(4) == 0) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private static Pattern regex(String... words) {
        StringBuilder regex = new StringBuilder("\\b(?:");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append('|');
            }
            regex.append(Pattern.quote(words[i]).replace(" ", "\\E ?\\Q"));
        }
        return Pattern.compile(regex.append(")\\d*\\b").toString());
    }
}
