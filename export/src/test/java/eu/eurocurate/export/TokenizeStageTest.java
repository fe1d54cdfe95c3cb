package eu.eurocurate.export;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.IntArrayList;
import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.ExportConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizeStageTest {

    private static final TokenizeStage O200K = stage("o200k_base");
    private static final TokenizeStage CL100K = stage("cl100k_base");

    private static TokenizeStage stage(String tokenizer) {
        return new TokenizeStage(new ExportConfig(tokenizer, 134_217_728L, "zstd"));
    }

    private static Document doc(String text) {
        return new Document("e1", new SourceLocator("test.warc.gz", 0, 10, null, "response")).text(text);
    }

    private static String decode(Encoding encoding, int[] tokens) {
        IntArrayList list = new IntArrayList(tokens.length);
        for (int t : tokens) {
            list.add(t);
        }
        return encoding.decode(list);
    }

    @Test
    void okWithKnownTokenIds() {
        // tiktoken's ids for "hello world": o200k_base [24912, 2375], cl100k_base [15339, 1917]
        Document a = doc("hello world");
        O200K.process(a);
        assertArrayEquals(new int[] {24912, 2375}, a.tokens());
        assertEquals("hello world", decode(O200K.encoding(), a.tokens()));
        Decision decision = a.decisions().get(0);
        assertEquals(Verdict.KEEP, decision.verdict());
        assertEquals(Reasons.OK, decision.reason());
        assertEquals(2.0, decision.value());
        assertEquals(2.0, a.scores().get(TokenizeStage.SCORE_TOKEN_COUNT));
        assertEquals("o200k_base", a.attributes().get(TokenizeStage.ATTR_TOKENIZER));

        Document b = doc("hello world");
        CL100K.process(b);
        assertArrayEquals(new int[] {15339, 1917}, b.tokens());
        assertEquals("hello world", decode(CL100K.encoding(), b.tokens()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "ka", "bg", "de"})
    void realNonLatinTextRoundTrips(String language) {
        String text = Sentences.of(language);
        for (TokenizeStage stage : new TokenizeStage[] {O200K, CL100K}) {
            Document d = doc(text);
            stage.process(d);
            assertEquals(text, decode(stage.encoding(), d.tokens()), language + " in " + stage.encoding().getName());
            assertEquals(Reasons.OK, d.decisions().get(0).reason());
        }
    }

    @Test
    void o200kIsDenserThanCl100kOnGeorgian() {
        // o200k_base's larger vocabulary was trained on more non-English text: Georgian costs far fewer tokens.
        Document a = doc(Sentences.of("ka"));
        Document b = doc(Sentences.of("ka"));
        O200K.process(a);
        CL100K.process(b);
        assertTrue(a.tokens().length * 2 < b.tokens().length, a.tokens().length + " vs " + b.tokens().length);
    }

    @Test
    void specialTokenTextIsEncodedAsPlainText() {
        String text = "Training data ends here: <|endoftext|> and <|fim_prefix|> are just characters on this page.";
        Document d = doc(text);
        O200K.process(d);
        assertEquals(Reasons.OK, d.decisions().get(0).reason());
        assertEquals(text, decode(O200K.encoding(), d.tokens()));
        // 199999 is o200k_base's <|endoftext|>; it must never appear
        assertTrue(Arrays.stream(d.tokens()).noneMatch(t -> t == 199_999));
    }

    @Test
    void emptyTextIsDropped() {
        for (String text : new String[] {"", null}) {
            Document d = doc(text);
            O200K.process(d);
            Decision decision = d.decisions().get(0);
            assertEquals(Verdict.DROP, decision.verdict());
            assertEquals(Reasons.EMPTY, decision.reason());
            assertEquals(0.0, decision.value());
            assertEquals(0.0, d.scores().get(TokenizeStage.SCORE_TOKEN_COUNT));
            assertNull(d.tokens());
        }
    }

    @Test
    void encodingsAreBuiltOncePerJvm() {
        assertSame(O200K.encoding(), stage("o200k_base").encoding());
        assertSame(Tokenizers.encoding("cl100k_base"), CL100K.encoding());
    }
}
