package eu.eurocurate.filters;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One language's stop words as an open-addressing table looked up straight from the text's characters, case-folded
 * on the fly, so the stop-word rule allocates nothing per word. Case folding is per character
 * ({@link Character#toLowerCase(char)}), with Greek final sigma folded to sigma on both sides so that a list never
 * depends on where a word stood. Immutable and thread-safe.
 */
final class StopWordTable {

    private final char[][] words;
    private final int[] slots; // word index + 1; 0 = empty
    private final int mask;
    private final int longest;

    private StopWordTable(List<String> sorted) {
        words = new char[sorted.size()][];
        mask = TextProfile.tableMask(sorted.size());
        slots = new int[mask + 1];
        int max = 0;
        for (int i = 0; i < words.length; i++) {
            char[] w = sorted.get(i).toCharArray();
            for (int k = 0; k < w.length; k++) {
                w[k] = fold(w[k]);
            }
            words[i] = w;
            max = Math.max(max, w.length);
            int slot = TextProfile.mix(foldedHash(w, 0, w.length)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        longest = max;
    }

    static StopWordTable of(Set<String> words) {
        return new StopWordTable(List.copyOf(new TreeSet<>(words)));
    }

    int size() {
        return words.length;
    }

    /** Index of the word {@code cs[start, end)} in this table, ignoring case, or -1. */
    int indexOf(char[] cs, int start, int end) {
        if (end - start > longest) {
            return -1;
        }
        int slot = TextProfile.mix(foldedHash(cs, start, end)) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (equalsFolded(words[entry - 1], cs, start, end)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean equalsFolded(char[] word, char[] cs, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != fold(cs[start + k])) {
                return false;
            }
        }
        return true;
    }

    private static int foldedHash(char[] cs, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + fold(cs[k]);
        }
        return h;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char lower = Character.toLowerCase(c);
        return lower == '\u03C2' ? '\u03C3' : lower;
    }
}
