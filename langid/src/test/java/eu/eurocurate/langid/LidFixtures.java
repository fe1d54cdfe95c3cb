package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.LangIdConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures (src/test/resources/lid, see SOURCE.txt there) and configurations shared by the test classes. */
final class LidFixtures {

    private LidFixtures() {
    }

    /** The shipped langid defaults with another accuracy, thresholds and stage policy. */
    static LangIdConfig config(String accuracy, double minScore, boolean dropUndetermined, List<String> keep) {
        LangIdConfig d = ConfigLoader.defaults().langid();
        return new LangIdConfig(accuracy, d.languages(), minScore, d.minChars(), d.maxChars(), dropUndetermined, keep);
    }

    /** The shipped defaults (39 languages, min_score 0.5, min_chars 20, max_chars 4000) in low-accuracy mode. */
    static LangIdConfig lowDefaults() {
        return config("low", ConfigLoader.defaults().langid().minScore(), true, List.of());
    }

    static LangIdConfig withLanguages(String accuracy, List<String> languages) {
        LangIdConfig d = ConfigLoader.defaults().langid();
        return new LangIdConfig(accuracy, languages, d.minScore(), d.minChars(), d.maxChars(), true, List.of());
    }

    /** Rows of a tab-separated resource under /lid/, header skipped. */
    static List<String[]> tsv(String name) {
        try (InputStream in = LidFixtures.class.getResourceAsStream("/lid/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /lid/" + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a text resource (no header). */
    static List<String> lines(String name) {
        try (InputStream in = LidFixtures.class.getResourceAsStream("/lid/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /lid/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CLD2 test strings by variable suffix: {@code sr_Cyrl}, {@code bs_Latn}, {@code sr_ME_Latn}, ... */
    static Map<String, String> cld2() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : tsv("cld2-snippets.tsv")) {
            out.put(row[0].substring("kTeststr_".length()), row[3]);
        }
        return out;
    }
}
