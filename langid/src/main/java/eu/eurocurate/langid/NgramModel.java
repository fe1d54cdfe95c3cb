package eu.eurocurate.langid;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A character trigram language model over many languages, held in compact primitive tables: for every n-gram (n = 1
 * to 3, within words, lower case) one dense row of one-byte quantised negative log-probabilities, one byte per
 * language, with the back-off already applied for the languages that lack the n-gram. Scoring a text is one hash
 * probe and one pass over a row of ~60 bytes per letter, with no allocation but the per-call score array.
 *
 * <p>The tables are the files under {@code /eu/eurocurate/langid/ngrams/} built offline by
 * {@code NgramModelBuilder} (test sources) from Lingua 1.2.2's own model files (Apache-2.0, Leipzig news corpora)
 * and Optimaize 0.6's profiles (Apache-2.0, Wikipedia) for the languages Lingua lacks; see README.md "Model".
 * The probabilities are Lingua's: P(c) for unigrams and P(c_n | c_1..c_{n-1}) for bigrams and trigrams. An n-gram a
 * language has never seen backs off to the next shorter one ("stupid back-off", Brants et al. 2007, EMNLP, with
 * their factor 0.4), a letter never seen gets {@link #FLOOR}.
 *
 * <p>Immutable and thread-safe once loaded; {@link #shared()} loads it once per JVM (about 30 MB of heap).
 */
public final class NgramModel {

    /** First int of every model file ("LIDN"). */
    static final int MAGIC = 0x4C49444E;
    /** Nats per quantisation step: 0.1 nats keeps every probability within 5% of its true value. */
    static final double QUANTUM = 0.1;
    /**
     * Quantised cost of a letter a language has never seen: 12 nats, about a letter seen once in 160,000. Lower than
     * "impossible" on purpose: one foreign or mis-encoded letter (Turkish web text in Windows-1254 read as Latin-1
     * writes ý for ı) must not outweigh a sentence of evidence. Chosen on Lingua's test set (120 beat 160 and 250:
     * README.md).
     */
    static final int FLOOR = 120;
    /** Stupid back-off (Brants et al. 2007): a missing n-gram costs 0.4 times its (n-1)-gram, i.e. +0.92 nats. */
    static final int BACKOFF = (int) Math.round(-Math.log(0.4) / QUANTUM);
    /** Marks a cell not filled yet while the tables are built (costs never exceed {@link #FLOOR}). */
    private static final byte ABSENT = (byte) 255;

    private static final String DIR = "/eu/eurocurate/langid/ngrams/";
    private static volatile NgramModel shared;

    private final List<String> codes;
    private final List<String> iso3;
    private final List<String> sources;
    private final Table[] tables = new Table[3];
    /** 64-bit words per packed row: the languages rounded up to a multiple of 8. */
    private final int words;
    /** Unicode scripts (by {@link Character.UnicodeScript#ordinal()}) whose letters the model knows. */
    private final boolean[] covered = new boolean[Character.UnicodeScript.values().length];

    private NgramModel(List<String> codes, List<String> iso3, List<String> sources, List<long[][]> keys,
                       List<byte[][]> costs) {
        this.codes = Collections.unmodifiableList(codes);
        this.iso3 = Collections.unmodifiableList(iso3);
        this.sources = Collections.unmodifiableList(sources);
        int languages = codes.size();
        this.words = (languages + 7) / 8;
        for (int n = 1; n <= 3; n++) {
            int upper = 0;
            for (long[][] k : keys) {
                upper += k[n - 1].length;
            }
            Table table = new Table(upper, languages);
            for (int l = 0; l < languages; l++) {
                long[] k = keys.get(l)[n - 1];
                byte[] c = costs.get(l)[n - 1];
                for (int i = 0; i < k.length; i++) {
                    table.data[table.rowFor(k[i]) + l] = c[i];
                }
            }
            // complete the rows: a language without the n-gram backs off to the (n-1)-gram without the first letter
            Table shorter = n == 1 ? null : tables[n - 2];
            byte[] data = table.data;
            for (int slot = 0; slot < table.capacity(); slot++) {
                if (table.keyAt(slot) == -1L) {
                    continue;
                }
                int row = table.offsetAt(slot);
                int suffix = shorter == null ? -1 : shorter.row(table.keyAt(slot) >>> 21);
                for (int l = 0; l < languages; l++) {
                    if (data[row + l] == ABSENT) {
                        int v = suffix < 0 ? FLOOR : Math.min(FLOOR, (shorter.data[suffix + l] & 0xFF) + BACKOFF);
                        data[row + l] = (byte) v;
                    }
                }
            }
            tables[n - 1] = table.compact(words);
        }
        // a script counts as written by the model when it is the main script of some language's unigrams: some
        // unigram lists carry stray letters of foreign scripts (Han characters in a Leipzig news corpus), which say
        // nothing about a text in that script
        for (long[][] k : keys) {
            int[] letters = new int[covered.length];
            for (long unigram : k[0]) {
                if (unigram >= 0 && Character.isLetter((int) unigram)) {
                    letters[Character.UnicodeScript.of((int) unigram).ordinal()]++;
                }
            }
            int main = 0;
            for (int i = 1; i < letters.length; i++) {
                main = letters[i] > letters[main] ? i : main;
            }
            covered[main] |= letters[main] > 0;
        }
        for (Table t : tables) {
            t.data = null; // every row is in 'packed' now; the byte rows were only needed to fill in the back-off
        }
    }

    /** The model shipped in this jar, loaded on first use. */
    public static NgramModel shared() {
        NgramModel m = shared;
        if (m == null) {
            synchronized (NgramModel.class) {
                m = shared;
                if (m == null) {
                    m = load();
                    shared = m;
                }
            }
        }
        return m;
    }

    private static NgramModel load() {
        try {
            List<String> index = new ArrayList<>();
            try (InputStream in = resource("index.txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        index.add(line.trim());
                    }
                }
            }
            List<String> codes = new ArrayList<>();
            List<String> iso3 = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<long[][]> keys = new ArrayList<>();
            List<byte[][]> costs = new ArrayList<>();
            for (String code : index) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                        new GZIPInputStream(resource(code + ".bin.gz"), 1 << 16), 1 << 16))) {
                    if (in.readInt() != MAGIC) {
                        throw new IOException("not an n-gram model file: " + code);
                    }
                    codes.add(in.readUTF());
                    iso3.add(in.readUTF());
                    sources.add(in.readUTF());
                    long[][] k = new long[3][];
                    byte[][] c = new byte[3][];
                    for (int n = 1; n <= 3; n++) {
                        int size = in.readInt();
                        k[n - 1] = new long[size];
                        c[n - 1] = new byte[size];
                        for (int i = 0; i < size; i++) {
                            k[n - 1][i] = key(in.readUTF());
                            c[n - 1][i] = (byte) Math.min(FLOOR, in.readUnsignedByte());
                        }
                    }
                    keys.add(k);
                    costs.add(c);
                }
            }
            return new NgramModel(codes, iso3, sources, keys, costs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the langid n-gram model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NgramModel.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + DIR + name);
        }
        return in;
    }

    /** Quantised cost of a log-probability: round(-ln p / QUANTUM), clamped to [0, FLOOR]. */
    static int quantise(double logProbability) {
        return (int) Math.max(0, Math.min(FLOOR, Math.round(-logProbability / QUANTUM)));
    }

    /** Model languages as configuration codes (ISO 639-1, or 639-3 without one), in model order. */
    public List<String> codes() {
        return codes;
    }

    /** ISO 639-3 code of each model language, in model order. */
    public List<String> iso639_3() {
        return iso3;
    }

    /** Where each language's tables come from ({@code lingua-1.2.2}, {@code optimaize-0.6}), in model order. */
    public List<String> sources() {
        return sources;
    }

    public int size() {
        return codes.size();
    }

    /** Index of a configuration code in the model, or -1. */
    public int indexOf(String code) {
        return codes.indexOf(code);
    }

    /**
     * Letters of a {@link Scripts#counts} array that are in a script some language of the model writes (Latin,
     * Cyrillic, Greek, Georgian): the letters the model can say anything about.
     */
    public int coveredLetters(int[] scriptCounts) {
        int n = 0;
        for (int s = 0; s < scriptCounts.length; s++) {
            if (covered[s]) {
                n += scriptCounts[s];
            }
        }
        return n;
    }

    /** Entries per n-gram order (1, 2, 3): the union over languages. */
    public int[] entries() {
        return new int[] {tables[0].count, tables[1].count, tables[2].count};
    }

    /**
     * Adds the text's quantised cost per language to {@code costs} (length {@link #size()}): every letter is scored
     * in the context of up to two preceding letters of its word. Returns the number of letters scored (letters of
     * scripts no language has are skipped). Words are maximal runs of letters, lower-cased by code point.
     */
    public int score(CharSequence text, int[] costs) {
        return score(text, costs, 0);
    }

    /**
     * {@link #score(CharSequence, int[])} that may stop before the end of the text: every {@link #CHECK} letters
     * scored, when the cheapest language leads every other language of the model by at least {@code stopLead}
     * quanta, the rest of the text cannot change the outcome in any practical sense and is not read (a sequential
     * test, Wald 1945). Near-identical languages (Bosnian and Croatian, the two Norwegians) rarely reach a large
     * lead over each other, so their text is read to the end, which is what their closer call needs.
     *
     * @param stopLead lead in quanta at which to stop; 0 reads the whole text
     * @return the number of letters scored (those read before stopping)
     */
    public int score(CharSequence text, int[] costs, int stopLead) {
        int scored = 0;
        int p1 = -1;
        int p2 = -1; // the two previous letters of the current word, -1 at a word start
        int length = text.length();
        // SWAR accumulation: a row is read as 64-bit words of 8 one-byte costs; even and odd bytes go to two sets of
        // 16-bit lanes (4 per long), so one letter costs 2 additions per 8 languages instead of 8. A lane holds at
        // most 255 per letter and is flushed into the int costs every FLUSH letters, before it can overflow.
        long[] lanes = new long[2 * words];
        int pending = 0;
        for (int i = 0; i < length; ) {
            char ch = text.charAt(i);
            int cp;
            if (Character.isSurrogate(ch)) {
                cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    p1 = -1;
                    p2 = -1;
                    continue;
                }
                cp = Character.toLowerCase(cp);
            } else {
                i++;
                cp = Letters.LOWER[ch];
                if (cp == 0) {
                    p1 = -1;
                    p2 = -1;
                    continue;
                }
            }
            Table table = null;
            long row = -1;
            if (p2 >= 0) {
                table = tables[2];
                row = table.entry(p2 | ((long) p1 << 21) | ((long) cp << 42));
            }
            if (row < 0 && p1 >= 0) {
                table = tables[1];
                row = table.entry(p1 | ((long) cp << 21));
            }
            if (row < 0) {
                table = tables[0];
                row = table.entry(cp);
            }
            p2 = p1;
            p1 = cp;
            if (row < 0) {
                continue;
            }
            scored++;
            long[] packed = table.packed;
            int base = (int) (row >>> 32);
            for (int w = 0, lane = 0; w < words; w++, lane += 2) {
                long v = packed[base + w];
                lanes[lane] += v & EVEN_BYTES;
                lanes[lane + 1] += (v >>> 8) & EVEN_BYTES;
            }
            if (++pending == FLUSH || (stopLead > 0 && (scored & (CHECK - 1)) == 0)) {
                flush(lanes, costs);
                pending = 0;
                if (stopLead > 0 && (scored & (CHECK - 1)) == 0 && lead(costs) >= stopLead) {
                    return scored;
                }
            }
        }
        if (pending > 0) {
            flush(lanes, costs);
        }
        return scored;
    }

    /** Letters between two checks of the lead (a power of two). */
    static final int CHECK = 64;

    /** The second-lowest cost minus the lowest. */
    private static int lead(int[] costs) {
        int best = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (int c : costs) {
            if (c < best) {
                second = best;
                best = c;
            } else if (c < second) {
                second = c;
            }
        }
        return second - best;
    }

    /** Letters between two flushes: 256 x 255 = 65,280 still fits a 16-bit lane. */
    private static final int FLUSH = 256;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;

    /** Adds the 16-bit lanes to the per-language costs and clears them. */
    private void flush(long[] lanes, int[] costs) {
        int languages = costs.length;
        for (int w = 0; w < words; w++) {
            long even = lanes[2 * w];
            long odd = lanes[2 * w + 1];
            lanes[2 * w] = 0;
            lanes[2 * w + 1] = 0;
            for (int j = 0; j < 4; j++) {
                int l = 8 * w + 2 * j;
                if (l < languages) {
                    costs[l] += (int) ((even >>> (16 * j)) & 0xFFFF);
                }
                if (l + 1 < languages) {
                    costs[l + 1] += (int) ((odd >>> (16 * j)) & 0xFFFF);
                }
            }
        }
    }

    /**
     * The row of one n-gram (1 to 3 code points, lower case) as one cost per language, or null when no language has
     * it. For tests and tools: scoring reads the packed rows.
     */
    int[] costsOf(String gram) {
        long key = key(gram);
        int n = gram.codePointCount(0, gram.length());
        if (key < 0 || n < 1) {
            return null;
        }
        Table table = tables[n - 1];
        long entry = table.entry(key);
        if (entry < 0) {
            return null;
        }
        int base = (int) (entry >>> 32);
        int[] out = new int[codes.size()];
        for (int l = 0; l < out.length; l++) {
            out[l] = (int) (table.packed[base + l / 8] >>> (8 * (l % 8))) & 0xFF;
        }
        return out;
    }

    /** Packs up to three code points (21 bits each) into a non-negative long; -1 for longer strings. */
    static long key(String gram) {
        long key = 0;
        int n = 0;
        for (int i = 0; i < gram.length(); ) {
            int cp = gram.codePointAt(i);
            i += Character.charCount(cp);
            if (n == 3) {
                return -1;
            }
            key |= (long) cp << (21 * n++);
        }
        return key;
    }

    /**
     * Open-addressing hash table (linear probing) from packed n-gram to its row of per-language costs. Key and row
     * offset sit side by side in one {@code long[]} (slot {@code s}: key at {@code 2s}, offset at {@code 2s+1}), so
     * a probe touches one cache line, and the rows are consecutive slices of one byte array: about two cache misses
     * per letter scored, which is what scoring costs.
     */
    private static final class Table {
        final long[] slots;
        final int mask;
        final int languages;
        byte[] data;
        /** The rows packed for scoring; only in compacted tables (whose {@code data} is dropped once all are built). */
        long[] packed;
        int count;

        /** @param expected about this many keys will be put (the table grows its data as needed) */
        Table(int expected, int languages) {
            this.languages = languages;
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            this.slots = new long[capacity * 2];
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = -1L;
            }
            this.mask = capacity - 1;
            this.data = new byte[Math.max(languages, expected / 2 * languages)];
        }

        /** The offset of a key's row, created (all cells {@link #ABSENT}) on first use. */
        int rowFor(long key) {
            int slot = slot(key);
            while (slots[2 * slot] != -1L && slots[2 * slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (slots[2 * slot] == -1L) {
                slots[2 * slot] = key;
                int offset = count * languages;
                if (offset + languages > data.length) {
                    data = Arrays.copyOf(data, Math.max(offset + languages, data.length * 3 / 2));
                }
                Arrays.fill(data, offset, offset + languages, ABSENT);
                slots[2 * slot + 1] = offset;
                count++;
            }
            return (int) slots[2 * slot + 1];
        }

        /** The offset of a key's row in {@link #data}, or -1. */
        int row(long key) {
            long entry = entry(key);
            return entry < 0 ? -1 : (int) entry;
        }

        /**
         * The slot value of a key, or -1: in a compacted table the row's offset in {@link #packed} (high 32 bits)
         * and in {@link #data} (low 32 bits).
         */
        long entry(long key) {
            int slot = slot(key);
            long k;
            while ((k = slots[2 * slot]) != -1L) {
                if (k == key) {
                    return slots[2 * slot + 1];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** Number of slots (each empty or holding a key). */
        int capacity() {
            return mask + 1;
        }

        long keyAt(int slot) {
            return slots[2 * slot];
        }

        int offsetAt(int slot) {
            return (int) slots[2 * slot + 1]; // low 32 bits: the offset in data
        }

        /**
         * A copy sized for its content: about 2 slots per key, data trimmed, and every row also packed into
         * {@code words} little-endian 64-bit words (cost of language {@code 8w + b} in byte {@code b} of word
         * {@code w}; padding bytes 0) for {@link NgramModel#score}.
         */
        Table compact(int words) {
            Table t = new Table(count, languages);
            t.data = Arrays.copyOf(data, count * languages);
            t.count = count;
            t.packed = new long[count * words];
            for (int r = 0; r < count; r++) {
                for (int l = 0; l < languages; l++) {
                    t.packed[r * words + l / 8] |= (long) (data[r * languages + l] & 0xFF) << (8 * (l % 8));
                }
            }
            for (int slot = 0; slot <= mask; slot++) {
                long key = slots[2 * slot];
                if (key != -1L) {
                    int s = t.slot(key);
                    while (t.slots[2 * s] != -1L) {
                        s = (s + 1) & t.mask;
                    }
                    long offset = slots[2 * slot + 1];
                    t.slots[2 * s] = key;
                    t.slots[2 * s + 1] = ((offset / languages) * words) << 32 | offset;
                }
            }
            return t;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
