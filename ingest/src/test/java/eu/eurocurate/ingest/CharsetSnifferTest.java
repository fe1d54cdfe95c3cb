package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetSnifferTest {

    private static final String POLISH = "<p>Zażółć gęślą jaźń, powiedział rzeczowo.</p>";

    private static CharsetSniffer.Decoded decode(byte[] b, String header, boolean html) {
        return CharsetSniffer.decode(b, b.length, header, html);
    }

    @Test
    void byteOrderMarkWins() {
        byte[] b = Fixtures.bytes("docs/testHTML_charset_utf16le.html");
        CharsetSniffer.Decoded d = decode(b, "ISO-8859-1", true);
        assertEquals("UTF-16LE", d.charset());
        assertEquals("bom", d.source());
    }

    @Test
    void declaredUtf8ThatIsValidIsUsed() {
        CharsetSniffer.Decoded d = decode(POLISH.getBytes(StandardCharsets.UTF_8), "utf-8", true);
        assertEquals("UTF-8", d.charset());
        assertEquals("header", d.source());
        assertEquals(POLISH, d.text());
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsDetected() {
        byte[] latin2 = POLISH.getBytes(Charset.forName("ISO-8859-2"));
        CharsetSniffer.Decoded d = decode(latin2, "UTF-8", true);
        assertEquals("detected", d.source());
        assertTrue(d.text().contains("gęślą"), d.charset() + ": " + d.text());
    }

    @Test
    void declaredLatin1ThatIsValidUtf8IsUtf8() {
        CharsetSniffer.Decoded d = decode(POLISH.getBytes(StandardCharsets.UTF_8), "iso-8859-1", true);
        assertEquals("UTF-8", d.charset());
        assertEquals("utf8_valid", d.source());
    }

    @Test
    void metaCharsetIsReadWhenTheHeaderHasNone() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                + "</head><body>" + POLISH + "</body></html>";
        CharsetSniffer.Decoded d = decode(page.getBytes(Charset.forName("windows-1250")), null, true);
        assertEquals("windows-1250", d.charset());
        assertEquals("meta", d.source());
        assertTrue(d.text().contains("Zażółć"));
    }

    @Test
    void legacyCyrillicTextIsDetected() {
        CharsetSniffer.Decoded d = decode(Fixtures.bytes("docs/russian.cp866.txt"), null, false);
        assertEquals("IBM866", d.charset());
        assertEquals("detected", d.source());
    }

    @Test
    void labelsAreMappedAsWhatwgMapsThem() {
        assertEquals(Charset.forName("windows-1252"), CharsetSniffer.label("ISO-8859-1", false));
        assertEquals(Charset.forName("windows-1252"), CharsetSniffer.label("us-ascii", false));
        assertEquals(Charset.forName("GBK"), CharsetSniffer.label("gb2312", false));
        assertEquals(StandardCharsets.UTF_8, CharsetSniffer.label("utf-16", true), "a readable meta is not UTF-16");
        assertNull(CharsetSniffer.label("no-such-charset", false));
    }

    @Test
    void utf8ValidationIsStrict() {
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] cutAtTheEnd = {'a', (byte) 0xE2, (byte) 0x82};
        assertFalse(CharsetSniffer.isValidUtf8(overlong, 2));
        assertFalse(CharsetSniffer.isValidUtf8(surrogate, 3));
        assertTrue(CharsetSniffer.isValidUtf8(cutAtTheEnd, 3), "a sequence cut by truncation still counts");
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        assertTrue(CharsetSniffer.isValidUtf8(euro, euro.length));
    }
}
