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

    private NgramModel(List<String> codes, List<String> iso3, List<String> sources, List<long[][]> keys,
                       List<byte[][]> costs) {
        this.codes = Collections.unmodifiableList(codes);
        this.iso3 = Collections.unmodifiableList(iso3);
        this.sources = Collections.unmodifiableList(sources);
        int languages = codes.size();
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
            tables[n - 1] = table.compact();
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
        int scored = 0;
        int p1 = -1;
        int p2 = -1; // the two previous letters of the current word, -1 at a word start
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                p1 = -1;
                p2 = -1;
                continue;
            }
            cp = Character.toLowerCase(cp);
            Table table = null;
            int row = -1;
            if (p2 >= 0) {
                table = tables[2];
                row = table.row(p2 | ((long) p1 << 21) | ((long) cp << 42));
            }
            if (row < 0 && p1 >= 0) {
                table = tables[1];
                row = table.row(p1 | ((long) cp << 21));
            }
            if (row < 0) {
                table = tables[0];
                row = table.row(cp);
            }
            p2 = p1;
            p1 = cp;
            if (row < 0) {
                continue;
            }
            scored++;
            byte[] data = table.data;
            int languages = costs.length;
            for (int l = 0; l < languages; l++) {
                costs[l] += data[row + l] & 0xFF;
            }
        }
        return scored;
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
            int slot = slot(key);
            long k;
            while ((k = slots[2 * slot]) != -1L) {
                if (k == key) {
                    return (int) slots[2 * slot + 1];
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
            return (int) slots[2 * slot + 1];
        }

        /** A copy sized for its content: about 2 slots per key, data trimmed. */
        Table compact() {
            Table t = new Table(count, languages);
            t.data = Arrays.copyOf(data, count * languages);
            t.count = count;
            for (int slot = 0; slot <= mask; slot++) {
                long key = slots[2 * slot];
                if (key != -1L) {
                    int s = t.slot(key);
                    while (t.slots[2 * s] != -1L) {
                        s = (s + 1) & t.mask;
                    }
                    t.slots[2 * s] = key;
                    t.slots[2 * s + 1] = slots[2 * slot + 1];
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
