package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The builder is run by hand, but what it keeps of its sources decides the model: tested on small inputs. */
class NgramModelBuilderTest {

    @Test
    void helpTextKeepsTranslatedParagraphsOnceAndDropsEnglishAndShortOnes(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("text/swriter"));
        // sentences of LibreOffice's Galician help (MPL-2.0), one untranslated English paragraph, a short heading
        Files.writeString(sub.resolve("b.html"), """
                <html><body><h1>Formato</h1>
                <p class="paragraph">Use esta orde para aplicar o <emph>Formato automático</emph> nunha \
                &#225;rea seleccionada da folla.</p>
                <p>Specifies that the deletion of a primary key will not have any effect on other key fields.</p>
                <p>Crea un documento novo.</p>
                </body></html>""", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("a.html"), """
                <p id="x">Esta secci&#xF3;n describe as funcións en tempo de execuci&#243;n &amp; máis.</p>
                <p>Use esta orde para aplicar o <emph>Formato automático</emph> nunha \
                &#225;rea seleccionada da folla.</p>""", StandardCharsets.UTF_8);
        List<String> text = NgramModelBuilder.helpText(dir);
        assertEquals(List.of(
                "Esta sección describe as funcións en tempo de execución & máis.",
                "Use esta orde para aplicar o Formato automático nunha área seleccionada da folla."), text,
                "path order, UTF-8 as the help writes it, numeric entities and &amp; decoded, duplicate once,"
                        + " English and short paragraphs out");
    }

    @Test
    void textCountsCountEveryOccurrenceWithinLetterRuns() {
        List<Map<String, Long>> counts = NgramModelBuilder.textCounts(List.of("Casa, casa!", "a-b"));
        assertEquals(5L, counts.get(0).get("a"));
        assertEquals(2L, counts.get(2).get("cas"));
        assertEquals(null, counts.get(1).get("ab"), "no n-gram across a hyphen");
    }

    @Test
    void mixScalesTheSecondSourceToTheFirstsSizeBeforeWeighting() {
        Map<String, Long> a1 = new HashMap<>(Map.of("a", 900L, "b", 100L));
        Map<String, Long> b1 = new HashMap<>(Map.of("a", 5L, "c", 5L));
        List<Map<String, Long>> mixed = NgramModelBuilder.mix(List.of(a1, Map.of(), Map.of()),
                List.of(b1, Map.of(), Map.of()), 0.4);
        // b is scaled by 1000/10 = 100: a = 0.6*900 + 0.4*500, c = 0.4*500, in thousandths
        assertEquals(740_000L, mixed.get(0).get("a"));
        assertEquals(60_000L, mixed.get(0).get("b"));
        assertEquals(200_000L, mixed.get(0).get("c"));
    }
}
