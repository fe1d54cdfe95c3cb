package eu.eurocurate.filters;

/**
 * Every reason code and score key the quality stage writes, in one place. A rule's reason code doubles as the key of
 * the score that holds its measured value, so a later re-filtering step can compare the stored score with a new
 * threshold without recomputing anything (Dolma's "measure first, decide later").
 *
 * <p>Rule names follow datatrove's reason strings ({@code dup_line_frac}, {@code top_2_gram}, {@code lorem_ipsum} ...)
 * where datatrove has one, prefixed by the stage and the rule family.
 */
public final class Reasons {

    /** Stage name: the prefix of every code below. */
    public static final String STAGE = "quality";

    /** The document passed every enabled filter. */
    public static final String OK = "quality.ok";
    /** Text is null, empty or whitespace only: nothing to measure. */
    public static final String NO_TEXT = "quality.no_text";

    // Gopher quality (Rae et al. 2021, appendix A.1.1).
    public static final String GOPHER_WORD_COUNT = "quality.gopher.word_count";
    public static final String GOPHER_MEAN_WORD_LENGTH = "quality.gopher.mean_word_length";
    public static final String GOPHER_SYMBOL_WORD_RATIO = "quality.gopher.symbol_word_ratio";
    public static final String GOPHER_BULLET_LINES = "quality.gopher.bullet_lines";
    public static final String GOPHER_ELLIPSIS_LINES = "quality.gopher.ellipsis_lines";
    public static final String GOPHER_ALPHA_WORDS = "quality.gopher.alpha_words";
    public static final String GOPHER_STOP_WORDS = "quality.gopher.stop_words";

    // Gopher repetition (Rae et al. 2021, table A1).
    public static final String GOPHER_DUP_PARA_FRAC = "quality.gopher.dup_para_frac";
    public static final String GOPHER_DUP_PARA_CHAR_FRAC = "quality.gopher.dup_para_char_frac";
    public static final String GOPHER_DUP_LINE_FRAC = "quality.gopher.dup_line_frac";
    public static final String GOPHER_DUP_LINE_CHAR_FRAC = "quality.gopher.dup_line_char_frac";
    private static final String GOPHER_TOP_NGRAM_PREFIX = "quality.gopher.top_";
    private static final String GOPHER_DUP_NGRAM_PREFIX = "quality.gopher.dup_";
    private static final String NGRAM_SUFFIX = "_gram";

    // FineWeb (Penedo et al. 2024, section 3.5), datatrove's FineWebQualityFilter.
    public static final String FINEWEB_LINE_PUNCT_RATIO = "quality.fineweb.line_punct_ratio";
    public static final String FINEWEB_SHORT_LINE_RATIO = "quality.fineweb.short_line_ratio";
    public static final String FINEWEB_CHAR_DUP_RATIO = "quality.fineweb.char_dup_ratio";
    public static final String FINEWEB_LIST_RATIO = "quality.fineweb.list_ratio";

    // C4 (Raffel et al. 2020, section 2.2), document-level rules.
    public static final String C4_LOREM_IPSUM = "quality.c4.lorem_ipsum";
    public static final String C4_CURLY_BRACKET = "quality.c4.curly_bracket";
    public static final String C4_TOO_FEW_SENTENCES = "quality.c4.too_few_sentences";

    // C4 scores (not reason codes): sentences counted on the kept lines, and lines removed by the line-level rules.
    public static final String C4_SENTENCES = "quality.c4.sentences";
    public static final String C4_LINES_REMOVED = "quality.c4.lines_removed";
    public static final String C4_REMOVED_TOO_LONG_WORD = "quality.c4.removed.too_long_word";
    public static final String C4_REMOVED_NO_TERMINAL_PUNCT = "quality.c4.removed.no_terminal_punct";
    public static final String C4_REMOVED_TOO_FEW_WORDS = "quality.c4.removed.too_few_words";
    public static final String C4_REMOVED_JAVASCRIPT = "quality.c4.removed.javascript";
    public static final String C4_REMOVED_POLICY = "quality.c4.removed.policy";

    private Reasons() {
    }

    /** {@code quality.gopher.top_<n>_gram}: characters covered by the most frequent word n-gram. */
    public static String gopherTopNgram(int n) {
        return GOPHER_TOP_NGRAM_PREFIX + n + NGRAM_SUFFIX;
    }

    /** {@code quality.gopher.dup_<n>_gram}: characters covered by repeated word n-grams. */
    public static String gopherDupNgram(int n) {
        return GOPHER_DUP_NGRAM_PREFIX + n + NGRAM_SUFFIX;
    }
}
