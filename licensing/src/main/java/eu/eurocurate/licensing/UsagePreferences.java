package eu.eurocurate.licensing;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads AI usage preference expressions: the IETF aipref format ({@code train-ai=n, search=y}) used by the
 * {@code Content-Usage} HTTP header and robots.txt rule, and Cloudflare's Content Signals ({@code search=yes,
 * ai-train=no}) used by the {@code Content-Signal} robots.txt line.
 *
 * <p>aipref (draft-ietf-aipref-vocab, section 6 "Exemplary Serialization Format"): the bytes are parsed as a
 * Structured Field Dictionary (RFC 9651, section 4.2.2); a key's value is the preference when it is the Token
 * {@code y} (allow) or {@code n} (disallow), anything else leaves it unknown; parameters are ignored; a repeated key
 * keeps its last value; a parse failure (including an upper-case key: the format is case-sensitive) leaves every
 * preference unknown. The AI-training category is {@code train-ai}; earlier drafts of the vocabulary also had
 * {@code train-genai} (generative-AI training, a subset of it), which is read too because an LLM corpus falls
 * squarely under it.
 *
 * <p>Content Signals (Cloudflare's Content Signals Policy, September 2025, CC0; draft-romm-aipref-contentsignals):
 * comma-separated {@code name=yes|no}, categories {@code search}, {@code ai-input}, {@code ai-train}; not a Structured
 * Field, so it is read leniently (any case, spaces allowed).
 *
 * <p>Stateless and thread-safe.
 */
public final class UsagePreferences {

    /** A preference for one usage category. */
    public enum Preference { ALLOW, DISALLOW, UNKNOWN }

    /** The aipref label of AI training (draft-ietf-aipref-vocab, "Usage Category Labels"). */
    public static final String TRAIN_AI = "train-ai";
    /** Generative-AI training, a label of earlier vocabulary drafts. */
    public static final String TRAIN_GENAI = "train-genai";
    /** Cloudflare Content Signals' AI-training category. */
    public static final String AI_TRAIN = "ai-train";

    private UsagePreferences() {
    }

    /**
     * The AI-training preference of an aipref expression: DISALLOW when {@code train-ai} or {@code train-genai} is
     * {@code n} (the vocabulary's combination rule: the most restrictive wins), else ALLOW when {@code train-ai} is
     * {@code y}, else UNKNOWN.
     */
    public static Preference aiprefTraining(String expression) {
        Map<String, String> dict = dictionary(expression);
        if (dict == null) {
            return Preference.UNKNOWN;
        }
        if ("n".equals(dict.get(TRAIN_AI)) || "n".equals(dict.get(TRAIN_GENAI))) {
            return Preference.DISALLOW;
        }
        return "y".equals(dict.get(TRAIN_AI)) ? Preference.ALLOW : Preference.UNKNOWN;
    }

    /** The {@code ai-train} preference of a Content-Signal value: {@code no} disallows, {@code yes} allows. */
    public static Preference contentSignalTraining(String value) {
        if (value == null) {
            return Preference.UNKNOWN;
        }
        Preference out = Preference.UNKNOWN;
        for (String item : value.split(",")) {
            int eq = item.indexOf('=');
            if (eq < 0 || !item.substring(0, eq).strip().equalsIgnoreCase(AI_TRAIN)) {
                continue;
            }
            String v = item.substring(eq + 1).strip().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("no") || v.equals("n")) {
                return Preference.DISALLOW; // most restrictive wins, as in the aipref combination rule
            }
            if (v.equals("yes") || v.equals("y")) {
                out = Preference.ALLOW;
            }
        }
        return out;
    }

    /**
     * An RFC 9651 Dictionary: key to the Token value's text, or to {@code ""} for any non-Token value; null when the
     * input does not parse.
     */
    static Map<String, String> dictionary(String input) {
        if (input == null) {
            return null;
        }
        Parser p = new Parser(input);
        try {
            return p.dictionary();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 9651 section 4.2 parsing, for the types a Dictionary member can hold. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, String> dictionary() {
            Map<String, String> out = new HashMap<>();
            skip(' ');
            if (i == s.length()) {
                return out; // an empty field value is an empty dictionary
            }
            while (i < s.length()) {
                String key = key();
                String value;
                if (peek() == '=') {
                    i++;
                    value = peek() == '(' ? innerList() : bareItem();
                } else {
                    value = ""; // Boolean true
                }
                parameters();
                out.put(key, value);
                skipOws();
                if (i == s.length()) {
                    return out;
                }
                expect(',');
                skipOws();
                if (i == s.length()) {
                    throw new IllegalArgumentException("trailing comma");
                }
            }
            return out;
        }

        private String key() {
            char c = peek();
            if (!(isLcAlpha(c) || c == '*')) {
                throw new IllegalArgumentException("key must start with a lower-case letter or '*'");
            }
            int start = i;
            while (i < s.length() && (isLcAlpha(s.charAt(i)) || isDigit(s.charAt(i)) || "_-.*".indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
            return s.substring(start, i);
        }

        private void parameters() {
            while (peek() == ';') {
                i++;
                skip(' ');
                key();
                if (peek() == '=') {
                    i++;
                    bareItem();
                }
            }
        }

        private String innerList() {
            expect('(');
            while (true) {
                skip(' ');
                if (peek() == ')') {
                    i++;
                    parameters();
                    return "";
                }
                bareItem();
                parameters();
                char c = peek();
                if (c != ' ' && c != ')') {
                    throw new IllegalArgumentException("bad inner list");
                }
            }
        }

        /** The Token's text for a Token, "" for any other bare item. */
        private String bareItem() {
            char c = peek();
            if (c == '-' || isDigit(c)) {
                number();
                return "";
            }
            if (c == '"') {
                string();
                return "";
            }
            if (c == ':') {
                int end = s.indexOf(':', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated byte sequence");
                }
                i = end + 1;
                return "";
            }
            if (c == '?') {
                i++;
                char b = peek();
                if (b != '0' && b != '1') {
                    throw new IllegalArgumentException("bad boolean");
                }
                i++;
                return "";
            }
            if (isAlpha(c) || c == '*') {
                int start = i;
                i++;
                while (i < s.length() && (isTchar(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '/')) {
                    i++;
                }
                return s.substring(start, i);
            }
            throw new IllegalArgumentException("unknown item type");
        }

        private void number() {
            if (peek() == '-') {
                i++;
            }
            int start = i;
            while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start || i - start > 16) {
                throw new IllegalArgumentException("bad number");
            }
        }

        private void string() {
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '\\') {
                    if (i >= s.length() || (s.charAt(i) != '"' && s.charAt(i) != '\\')) {
                        throw new IllegalArgumentException("bad escape");
                    }
                    i++;
                } else if (c == '"') {
                    return;
                } else if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("bad string character");
                }
            }
            throw new IllegalArgumentException("unterminated string");
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "'");
            }
            i++;
        }

        private void skip(char c) {
            while (i < s.length() && s.charAt(i) == c) {
                i++;
            }
        }

        private void skipOws() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private static boolean isLcAlpha(char c) {
            return c >= 'a' && c <= 'z';
        }

        private static boolean isAlpha(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** RFC 9110 tchar. */
        private static boolean isTchar(char c) {
            return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }
}
