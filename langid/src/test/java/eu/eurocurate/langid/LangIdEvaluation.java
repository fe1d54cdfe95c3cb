package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.LangIdConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accuracy of {@link NgramLanguageIdentifier} next to plain Lingua (high and/or low accuracy) in the same run, on
 * every evaluation set under the shared data directory; prints the Markdown report committed as
 * {@code ACCURACY.md} (not a unit test; command in README.md).
 *
 * <pre>LangIdEvaluation &lt;shared-data-dir&gt; [--lingua high,high-same,low] [--limit N] [--calibrate]</pre>
 *
 * {@code high-same}: Lingua high over every language it shares with the n-gram model ({@link LinguaSameLanguages}).
 *
 * Sets: {@code lid-lingua-testdata} (sentences, word pairs, single words; 35 languages), {@code lid-cld2-unittest}
 * (target snippets; non-target snippets for the "not forced" rate), {@code lid-train-supplement} (Maltese train and
 * dev, Galician, Croatian, Serbian: none of it is in the n-gram model's training data). "best" is the share whose best
 * guess has the right language, "label" the share labelled with the right language at the shipped thresholds
 * (credible and right); for Bosnian, Croatian and Serbian text any of the four standards or hbs counts as the right
 * language here, for every detector (the per-variant view is its own table). For the Serbo-Croatian group "merged" counts any of hbs/hrv/bos/srp/cnr as right, "variant"
 * only the exact standard, and "hbs" is the share that got the macrolanguage fallback.
 */
public final class LangIdEvaluation {

    private static final Set<String> BCMS = Set.of("hbs", "hrv", "bos", "srp", "cnr");

    private LangIdEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        List<String> linguaModes = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        boolean calibrate = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--lingua" -> linguaModes.addAll(List.of(args[++i].split(",")));
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--calibrate" -> calibrate = true;
                case "--no-hybrid" -> { }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        LangIdConfig d = ConfigLoader.defaults().langid();
        Map<String, LanguageIdentifier> detectors = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        detectors.put("ngram", NgramLanguageIdentifier.shared(withAccuracy(d, "low")));
        System.err.printf(Locale.ROOT, "ngram loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (!List.of(args).contains("--no-hybrid")) {
            detectors.put("ngram-high", NgramLanguageIdentifier.shared(withAccuracy(d, "high")));
        }
        for (String mode : linguaModes) {
            if (mode.equals("high-same")) {
                t0 = System.nanoTime();
                detectors.put("lingua-high-same", new LinguaSameLanguages());
                System.err.printf(Locale.ROOT, "lingua high (same languages) loaded in %.1f s%n",
                        (System.nanoTime() - t0) / 1e9);
                continue;
            }
            LangIdConfig c = new LangIdConfig(mode, d.languages(), d.minScore(), d.minChars(), d.maxChars(),
                    d.dropUndetermined(), d.keepLanguages());
            t0 = System.nanoTime();
            detectors.put("lingua-" + mode, LinguaLanguageIdentifier.shared(c));
            System.err.printf(Locale.ROOT, "lingua %s loaded in %.1f s%n", mode, (System.nanoTime() - t0) / 1e9);
        }
        if (calibrate) {
            CalibrationFit.calibrate(detectors.get(List.of(args).contains("--no-hybrid") ? "ngram" : "ngram-high"),
                    data.resolve("lid-lingua-testdata"), limit, LangIdEvaluation::matches,
                    new double[][] {{0, 0.02}, {0.02, 0.05}, {0.05, 0.1}, {0.1, 0.2}, {0.2, 1.01}});
            return;
        }
        Path lingua = data.resolve("lid-lingua-testdata");
        List<String> langs;
        try (var s = Files.list(lingua.resolve("sentences"))) {
            langs = s.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        System.out.println("## Lingua test set (lid-lingua-testdata): share with the right language\n");
        StringBuilder head = new StringBuilder("| lang |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String set : List.of("sentences", "word-pairs", "single-words")) {
            for (String det : detectors.keySet()) {
                head.append(' ').append(set).append(' ').append(det).append(" best / label |");
                rule.append("---|");
            }
        }
        System.out.println(head);
        System.out.println(rule);
        Map<String, Counts> totals = new LinkedHashMap<>();
        for (String lang : langs) {
            StringBuilder row = new StringBuilder("| " + lang + " |");
            for (String set : List.of("sentences", "word-pairs", "single-words")) {
                List<String> items = lines(lingua.resolve(set).resolve(lang + ".txt"), limit);
                for (Map.Entry<String, LanguageIdentifier> det : detectors.entrySet()) {
                    Counts c = evaluate(det.getValue(), lang, items);
                    totals.computeIfAbsent(set + " " + det.getKey(), k -> new Counts()).add(c);
                    row.append(' ').append(c.cell()).append(" |");
                }
            }
            System.out.println(row);
        }
        StringBuilder all = new StringBuilder("| **all " + langs.size() + "** |");
        for (Counts c : totals.values()) {
            all.append(" **").append(c.cell()).append("** |");
        }
        System.out.println(all);

        System.out.println("\n## Held-out text (lid-train-supplement, UD treebanks; UDHR; never trained on)\n");
        System.out.println("| file | lang | items | " + String.join(" | ", detectors.keySet().stream()
                .map(k -> k + " best / label").toList()) + " |");
        System.out.println("|---|---|---|" + "---|".repeat(detectors.size()));
        Path supplement = data.resolve("lid-train-supplement");
        for (String[] f : new String[][] {{"mt.txt", "mt"}, {"mt-dev.txt", "mt"}, {"gl.txt", "gl"}, {"hr.txt", "hr"},
                {"sr.txt", "sr"}}) {
            List<String> items = lines(supplement.resolve(f[0]), limit);
            StringBuilder row = new StringBuilder("| " + f[0] + " | " + f[1] + " | " + items.size() + " |");
            for (LanguageIdentifier det : detectors.values()) {
                row.append(' ').append(evaluate(det, f[1], items).cell()).append(" |");
            }
            System.out.println(row);
        }
        // Luxembourgish: the UDHR (test resource, see src/test/resources/lid/SOURCE.txt), whole paragraphs and cut
        // into clauses at , ; : . (pieces of 25+ characters, mean 67): the short form is the harder test
        List<String> udhr = LidFixtures.lines("udhr-ltz.txt");
        List<String> clauses = new ArrayList<>();
        for (String paragraph : udhr) {
            for (String part : paragraph.split("(?<=[,;:.])\\s+")) {
                if (part.length() >= 25) {
                    clauses.add(part);
                }
            }
        }
        for (Map.Entry<String, List<String>> set : Map.of("udhr-ltz.txt (paragraphs)", udhr,
                "udhr-ltz.txt (clauses)", clauses).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            StringBuilder row = new StringBuilder("| " + set.getKey() + " | lb | " + set.getValue().size() + " |");
            for (LanguageIdentifier det : detectors.values()) {
                row.append(' ').append(evaluate(det, "lb", set.getValue()).cell()).append(" |");
            }
            System.out.println(row);
        }

        System.out.println("\n## Serbo-Croatian: merged and per variant\n");
        System.out.println("merged: any of hbs/hrv/bos/srp/cnr; variant: the exact standard; hbs: macrolanguage fallback;"
                + " wrong variant: another standard given.\n");
        System.out.println("| set | items | detector | merged | variant right | hbs fallback | wrong variant |");
        System.out.println("|---|---|---|---|---|---|---|");
        Map<String, List<String>> bcmsSets = new LinkedHashMap<>();
        for (String lang : List.of("hr", "bs", "sr")) {
            bcmsSets.put("lingua sentences " + lang, lines(lingua.resolve("sentences").resolve(lang + ".txt"), limit));
        }
        bcmsSets.put("UD hr.txt (hr, Latin)", lines(supplement.resolve("hr.txt"), limit));
        bcmsSets.put("UD sr.txt (sr, Latin)", lines(supplement.resolve("sr.txt"), limit));
        for (Map.Entry<String, List<String>> set : bcmsSets.entrySet()) {
            String lang = set.getKey().contains("hr") ? "hrv" : set.getKey().contains("bs") ? "bos" : "srp";
            for (Map.Entry<String, LanguageIdentifier> det : detectors.entrySet()) {
                int merged = 0;
                int exact = 0;
                int hbs = 0;
                int wrong = 0;
                for (String s : set.getValue()) {
                    String l = LanguageLabels.languageOf(det.getValue().identify(s).label());
                    merged += BCMS.contains(l) ? 1 : 0;
                    exact += l.equals(lang) ? 1 : 0;
                    hbs += l.equals("hbs") ? 1 : 0;
                    wrong += BCMS.contains(l) && !l.equals("hbs") && !l.equals(lang) ? 1 : 0;
                }
                int n = set.getValue().size();
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n", set.getKey(), n,
                        det.getKey(), pct(merged, n), pct(exact, n), pct(hbs, n), pct(wrong, n));
            }
        }

        System.out.println("\n## CLD2 unit-test snippets (lid-cld2-unittest)\n");
        List<String[]> cld2 = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("lid-cld2-unittest/cld2_teststrings.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            if (cols.length == 4 && !cols[0].equals("var") && !cols[3].isBlank()) {
                cld2.add(cols);
            }
        }
        System.out.println("| snippet | expected | " + String.join(" | ", detectors.keySet()) + " |");
        System.out.println("|---|---|" + "---|".repeat(detectors.size()));
        Map<String, int[]> targetRight = new LinkedHashMap<>();
        Map<String, int[]> forced = new LinkedHashMap<>();
        for (String[] row : cld2) {
            String code = row[1].equals("no") ? "nb" : row[1];
            boolean isTarget = LanguageLabels.iso639_3(code).isPresent();
            StringBuilder line = new StringBuilder("| " + row[0].replace("kTeststr_", "") + " | "
                    + (isTarget ? LanguageLabels.iso639_3(code).get() : "(not targeted)") + " |");
            for (Map.Entry<String, LanguageIdentifier> det : detectors.entrySet()) {
                LanguageResult r = det.getValue().identify(row[3]);
                String l = LanguageLabels.languageOf(r.label());
                if (isTarget) {
                    String expected = LanguageLabels.iso639_3(code).get();
                    boolean ok = l.equals(expected) || (BCMS.contains(expected) && l.equals("hbs"));
                    targetRight.computeIfAbsent(det.getKey(), k -> new int[2])[0] += ok ? 1 : 0;
                    targetRight.get(det.getKey())[1]++;
                } else {
                    boolean isForced = !r.isUndetermined();
                    forced.computeIfAbsent(det.getKey(), k -> new int[2])[0] += isForced ? 1 : 0;
                    forced.get(det.getKey())[1]++;
                }
                if (isTarget) {
                    line.append(' ').append(r.label()).append(" |");
                }
            }
            if (isTarget) {
                System.out.println(line);
            }
        }
        System.out.println();
        for (String det : detectors.keySet()) {
            int[] t = targetRight.get(det);
            int[] f = forced.get(det);
            System.out.printf(Locale.ROOT, "- %s: target snippets right %d/%d; non-target snippets (%d snippets in"
                    + " languages we do not target, incl. ru, be, la, eo, oc) forced into a target label: %d (%.1f%%)%n",
                    det, t[0], t[1], f[1], f[0], pct(f[0], f[1]));
        }
    }

    static LangIdConfig withAccuracy(LangIdConfig d, String accuracy) {
        return new LangIdConfig(accuracy, d.languages(), d.minScore(), d.minChars(), d.maxChars(), d.dropUndetermined(),
                d.keepLanguages());
    }

    static double pct(int a, int n) {
        return n == 0 ? 0 : 100.0 * a / n;
    }

    static final class Counts {
        int n;
        int best;
        int label;

        void add(Counts c) {
            n += c.n;
            best += c.best;
            label += c.label;
        }

        String cell() {
            return String.format(Locale.ROOT, "%.1f / %.1f", pct(best, n), pct(label, n));
        }
    }

    /** Right language: exact, or the Serbo-Croatian macrolanguage for one of its standards (the merged view). */
    static Counts evaluate(LanguageIdentifier id, String lang, List<String> items) {
        String expected = LanguageLabels.iso639_3(lang).orElseThrow();
        Counts c = new Counts();
        for (String s : items) {
            LanguageResult r = id.identify(s);
            c.n++;
            c.best += matches(LanguageLabels.languageOf(r.bestGuess()), expected) ? 1 : 0;
            c.label += matches(LanguageLabels.languageOf(r.label()), expected) ? 1 : 0;
        }
        return c;
    }

    static boolean matches(String got, String expected) {
        return got.equals(expected) || (BCMS.contains(got) && BCMS.contains(expected));
    }

    static List<String> lines(Path file, int limit) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return all.subList(0, Math.min(limit, all.size()));
    }
}
