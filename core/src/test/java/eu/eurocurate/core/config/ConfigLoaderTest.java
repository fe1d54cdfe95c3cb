package eu.eurocurate.core.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @Test
    void shippedDefaultsLoadAndValidate() {
        PipelineConfig c = ConfigLoader.defaults();
        assertEquals(14, c.dedup().bands());
        assertEquals(8, c.dedup().rows());
        assertEquals(112, c.dedup().numHashes());
        assertEquals("o200k_base", c.export().tokenizer());
        assertEquals(39, c.langid().languages().size());
        assertEquals(0.2, c.quality().gopherRepetition().topNgramCharFrac().get(2));
    }

    @Test
    void confFileInTheRepositoryIsTheShippedDefault() throws IOException {
        // conf/pipeline.yaml is copied into the jar by the build; the two must never drift apart.
        Path conf = Path.of("..", "conf", "pipeline.yaml");
        String yaml = Files.readString(conf, StandardCharsets.UTF_8);
        assertEquals(ConfigLoader.toCanonicalJson(ConfigLoader.defaults()),
                ConfigLoader.toCanonicalJson(ConfigLoader.load(yaml, List.of())));
    }

    @Test
    void userFileOverridesOnlyTheKeysItNames() {
        PipelineConfig c = ConfigLoader.load("dedup:\n  bands: 20\n  rows: 10\n", List.of());
        assertEquals(20, c.dedup().bands());
        assertEquals(10, c.dedup().rows());
        assertEquals(5, c.dedup().ngramSize());
        assertEquals(50, c.quality().gopherQuality().minWords());
    }

    @Test
    void commandLineOverridesWinOverTheFile() {
        PipelineConfig c = ConfigLoader.load("dedup:\n  bands: 20\n",
                List.of("dedup.bands=9", "langid.keep_languages=[deu_Latn, fra_Latn]", "quality.c4.enabled=false"));
        assertEquals(9, c.dedup().bands());
        assertEquals(List.of("deu_Latn", "fra_Latn"), c.langid().keepLanguages());
        assertEquals(false, c.quality().c4().enabled());
    }

    @Test
    void unknownKeyInFileIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("quality:\n  gopher_quality:\n    min_wrds: 10\n", List.of()));
        assertEquals("quality.gopher_quality.min_wrds", e.key());
        assertTrue(e.getMessage().contains("min_words"), e.getMessage());
    }

    @Test
    void unknownSectionIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("dedupe:\n  bands: 3\n", List.of()));
        assertEquals("dedupe", e.key());
    }

    @Test
    void unknownOverrideKeyIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("dedup.band=3")));
        assertEquals("dedup.band", e.key());
    }

    @Test
    void wrongTypeIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("dedup:\n  bands: many\n", List.of()));
        assertEquals("dedup.bands", e.key());
    }

    @Test
    void dedupMinLengthDefaultsToGophersFiftyWordsAndMustNotBeNegative() {
        assertEquals(50, ConfigLoader.defaults().dedup().minLength());
        assertEquals(0, ConfigLoader.load(null, List.of("dedup.min_length=0")).dedup().minLength());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("dedup.min_length=-1")));
        assertEquals("dedup.min_length", e.key());
    }

    @Test
    void outOfRangeValueIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("langid:\n  min_score: 1.5\n", List.of()));
        assertEquals("langid.min_score", e.key());
        ConfigException e2 = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("export.tokenizer=gpt5")));
        assertEquals("export.tokenizer", e2.key());
    }

    @Test
    void nullValueIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("dedup:\n  scope:\n", List.of()));
        assertEquals("dedup.scope", e.key());
    }

    @Test
    void brokenYamlIsReported() {
        assertThrows(ConfigException.class, () -> ConfigLoader.load("dedup: [unclosed\n", List.of()));
    }

    @Test
    void hashIsStableAndChangesWithConfig() {
        String a = ConfigLoader.hash(ConfigLoader.defaults());
        assertEquals(a, ConfigLoader.hash(ConfigLoader.defaults()));
        assertEquals(16, a.length());
        assertNotEquals(a, ConfigLoader.hash(ConfigLoader.load(null, List.of("dedup.seed=2"))));
    }
}
