package eu.eurocurate.ingest;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes payload bytes to text when the declared charset may be wrong, which on the web it often is.
 *
 * <p>Order of evidence, after the WHATWG Encoding Standard's "decode" and HTML's encoding-sniffing algorithm
 * (html.spec.whatwg.org, section 13.2.3.2), then checked against the bytes:
 * <ol>
 *   <li>a byte-order mark wins outright ({@code bom});</li>
 *   <li>the HTTP {@code Content-Type} charset ({@code header}), then a {@code <meta>} charset in the first
 *       {@link #META_SCAN_BYTES} bytes ({@code meta}) are used only if the bytes agree: a declared UTF-8 must be
 *       valid UTF-8, a declared multi-byte charset must decode without error;</li>
 *   <li>bytes that are valid UTF-8 and contain non-ASCII sequences are UTF-8 even when a single-byte charset is
 *       declared ({@code utf8_valid}): non-ASCII text in a legacy charset is almost never valid UTF-8 by accident
 *       (Dürst, "The Properties and Promises of UTF-8", 11th Unicode Conference, 1997);</li>
 *   <li>otherwise ICU's statistical detector, as bundled by Apache Tika ({@code detected});</li>
 *   <li>and if that is unsure, windows-1252 ({@code default}), WHATWG's fallback for most European locales.</li>
 * </ol>
 * Labels are mapped as WHATWG maps them (ISO-8859-1 and ASCII mean windows-1252, GB2312 means GBK; a {@code <meta>}
 * claiming UTF-16 means UTF-8, since a page whose meta tag can be read as ASCII is not UTF-16).
 *
 * <p>Thread-safe: stateless (ICU's detector is created per call).
 */
final class CharsetSniffer {

    /** The decoded text, the charset used (Java canonical name) and which evidence chose it. */
    record Decoded(String text, String charset, String source) {
    }

    /** The HTML spec prescans 1024 bytes; pages with long inline scripts in {@code <head>} need more (Tika: 8192). */
    static final int META_SCAN_BYTES = 8192;
    /** ICU's detector is statistical; 64 KiB is far more than it needs (ICU itself reads 8000 bytes from a stream). */
    static final int DETECT_BYTES = 65536;
    /** ICU confidence (0-100) below which its answer is not trusted. ICU documents 10 as "barely a guess". */
    static final int MIN_DETECT_CONFIDENCE = 25;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    static Decoded decode(byte[] bytes, int length, String headerCharset, boolean html) {
        Charset bom = bom(bytes, length);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, length - skip, bom), bom.name(), "bom");
        }
        boolean nonAscii = hasNonAscii(bytes, length);
        boolean validUtf8 = !nonAscii || isValidUtf8(bytes, length);

        Decoded d = tryDeclared(bytes, length, label(headerCharset, false), "header", nonAscii, validUtf8);
        if (d == null && html) {
            d = tryDeclared(bytes, length, label(metaCharset(bytes, length), true), "meta", nonAscii, validUtf8);
        }
        if (d != null) {
            return d;
        }
        if (validUtf8) {
            return utf8(bytes, length, "utf8_valid");
        }
        Charset detected = detect(bytes, length, headerCharset);
        if (detected != null) {
            return new Decoded(new String(bytes, 0, length, detected), detected.name(), "detected");
        }
        return new Decoded(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252.name(), "default");
    }

    private static Decoded tryDeclared(byte[] bytes, int length, Charset declared, String source, boolean nonAscii,
            boolean validUtf8) {
        if (declared == null) {
            return null;
        }
        if (declared == StandardCharsets.UTF_8) {
            return validUtf8 ? utf8(bytes, length, source) : null;
        }
        if (nonAscii && validUtf8 && isAsciiCompatible(declared)) {
            return utf8(bytes, length, "utf8_valid");
        }
        if (isSingleByte(declared)) {
            return new Decoded(new String(bytes, 0, length, declared), declared.name(), source);
        }
        // Multi-byte legacy charsets (Shift_JIS, EUC-KR, GBK, Big5, UTF-16) are checked by a strict decode.
        try {
            CharsetDecoder decoder = declared.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new Decoded(decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString(), declared.name(), source);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded utf8(byte[] bytes, int length, String source) {
        return new Decoded(new String(bytes, 0, length, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), source);
    }

    /** The charset named by a label, WHATWG-mapped; null for a missing, unknown or unsupported label. */
    static Charset label(String label, boolean fromMeta) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.length() > 1 && (l.startsWith("\"") || l.startsWith("'"))) {
            l = l.substring(1);
        }
        if (l.isEmpty()) {
            return null;
        }
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "latin-1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
                 "x-cp1252", "ansi_x3.4-1968" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8" -> {
                return StandardCharsets.UTF_8;
            }
            case "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312" -> l = "GBK";
            case "x-sjis", "ms932", "windows-31j", "ms_kanji", "csshiftjis" -> l = "Shift_JIS";
            case "iso-8859-9", "latin5", "iso8859-9" -> l = "windows-1254"; // WHATWG: ISO-8859-9 means windows-1254
            case "tis-620", "iso-8859-11" -> l = "x-windows-874";
            case "ks_c_5601-1987", "korean", "ksc5601", "euc-kr", "windows-949" -> l = "x-windows-949";
            default -> {
            }
        }
        try {
            Charset c = Charset.forName(l);
            if (fromMeta && (c == StandardCharsets.UTF_16 || c == StandardCharsets.UTF_16BE
                    || c == StandardCharsets.UTF_16LE)) {
                return StandardCharsets.UTF_8;
            }
            return c;
        } catch (RuntimeException e) {
            return null; // IllegalCharsetNameException, UnsupportedCharsetException
        }
    }

    static String metaCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset bom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset detect(byte[] bytes, int length, String declared) {
        CharsetDetector detector = new CharsetDetector();
        byte[] sample = length <= DETECT_BYTES ? (length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length))
                : java.util.Arrays.copyOf(bytes, DETECT_BYTES);
        detector.setText(sample);
        if (declared != null) {
            detector.setDeclaredEncoding(declared);
        }
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_DETECT_CONFIDENCE) {
            return null;
        }
        Charset c = label(match.getName(), false);
        return c == StandardCharsets.UTF_8 ? null : c; // the bytes are not valid UTF-8, whatever ICU says
    }

    static boolean hasNonAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
    static boolean isValidUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= n) {
                // A sequence cut at the end (a truncated record) still counts as UTF-8 if what is there fits.
                return allContinuation(b, i + 1, n);
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }

    private static boolean allContinuation(byte[] b, int from, int n) {
        for (int i = from; i < n; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when ASCII text has the same bytes in {@code c} (false for UTF-16/32 and EBCDIC). */
    private static boolean isAsciiCompatible(Charset c) {
        try {
            return java.util.Arrays.equals("<meta charset=Az09>".getBytes(c),
                    "<meta charset=Az09>".getBytes(StandardCharsets.US_ASCII));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isSingleByte(Charset c) {
        try {
            return c.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (UnsupportedOperationException e) {
            return false; // decode-only charsets (ISO-2022-CN, ...): treat as multi-byte
        }
    }
}
