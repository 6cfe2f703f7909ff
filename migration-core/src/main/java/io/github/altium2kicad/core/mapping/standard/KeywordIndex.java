package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several {@link Keywords} lists searched in one pass over a {@link KeywordText}, each list's first hit as
 * {@link Keywords} defines it. A hit starts a word, and that word is the keyword's first words run together
 * ({@code CAP} or {@code CAPPOL} for {@code CAP POL}), less trailing digits where it is the whole keyword: keywords
 * are looked up by those words, then checked. Keywords with a dash are tried wherever their first character stands.
 * Immutable.
 */
final class KeywordIndex {

    /** Keyword {@code word}, the {@code position}-th of list {@code list}. */
    private record Entry(int list, int position, String word) {
    }

    private final int lists;
    private final Map<Keywords, Integer> listIndex = new IdentityHashMap<>();
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<List<Entry>> dashedByFirstChar = new ArrayList<>();

    KeywordIndex(List<Keywords> keywordLists) {
        this.lists = keywordLists.size();
        for (int c = 0; c < 128; c++) {
            dashedByFirstChar.add(new ArrayList<>());
        }
        for (int list = 0; list < lists; list++) {
            listIndex.put(keywordLists.get(list), list);
            List<String> words = keywordLists.get(list).words();
            for (int position = 0; position < words.size(); position++) {
                String word = words.get(position);
                Entry entry = new Entry(list, position, word);
                if (word.indexOf('-') >= 0) {
                    dashedByFirstChar.get(word.charAt(0)).add(entry);
                    continue;
                }
                StringBuilder firstWord = new StringBuilder();
                for (String part : word.split(" ")) {
                    firstWord.append(part);
                    byFirstWord.computeIfAbsent(firstWord.toString(), w -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /** The first hit of each list in {@code text}. */
    Hits search(KeywordText text) {
        String s = text.text();
        String[] hits = new String[lists];
        int found = 0;
        int[] position = new int[lists];
        int[] end = new int[lists];
        Arrays.fill(end, -1);
        int[] offered = new int[lists];
        int[] starts = text.boundaryStarts();
        for (int k = 0; k < starts.length && found < lists; k++) {
            int start = starts[k];
            char first = s.charAt(start);
            if (first >= 128 || !Character.isLetterOrDigit(first)) {
                continue;
            }
            int wordEnd = k + 1 < starts.length ? starts[k + 1] : s.length();
            if (!text.boundaryAt(wordEnd)) {
                continue; // no boundary after the start: no hit can end
            }
            int stop = wordEnd;
            while (stop > start + 1 && isAsciiDigit(s.charAt(stop - 1))) {
                stop--;
            }
            int count = 0;
            for (; stop <= wordEnd; stop++) {
                List<Entry> entries = byFirstWord.get(s.substring(start, stop));
                if (entries != null) {
                    count = offer(entries, text, start, hits, position, end, offered, count);
                }
            }
            count = offer(dashedByFirstChar.get(first), text, start, hits, position, end, offered, count);
            for (int i = 0; i < count; i++) {
                int list = offered[i];
                hits[list] = s.substring(start, end[list]);
                found++;
            }
        }
        return new Hits(hits);
    }

    /**
     * Checks {@code entries} at {@code start}; a hit is kept unless its list has one already, or one at this start
     * listed earlier. Lists first given a hit at this start are added to {@code offered}; returns their count.
     */
    private static int offer(List<Entry> entries, KeywordText text, int start, String[] hits, int[] position,
                             int[] end, int[] offered, int count) {
        for (Entry e : entries) {
            int list = e.list();
            if (hits[list] != null || end[list] >= 0 && position[list] < e.position()) {
                continue;
            }
            int hitEnd = Keywords.endOfHit(e.word(), text, start);
            if (hitEnd >= 0) {
                if (end[list] < 0) {
                    offered[count++] = list;
                }
                position[list] = e.position();
                end[list] = hitEnd;
            }
        }
        return count;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first hit of each list in one text. */
    final class Hits {

        private final String[] hits;

        private Hits(String[] hits) {
            this.hits = hits;
        }

        /** The text of the first hit of {@code words}, one of the index's lists, digits after it included; or null. */
        String first(Keywords words) {
            return hits[listIndex.get(words)];
        }

        /** Whether {@code words}, one of the index's lists, has a hit. */
        boolean has(Keywords words) {
            return first(words) != null;
        }
    }
}
