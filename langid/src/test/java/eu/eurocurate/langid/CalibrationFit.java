package eu.eurocurate.langid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The Platt-scaling fit behind {@link MarginCalibration}, shared by the tools that refit it for Lingua
 * ({@link LangIdAccuracyReport}) and for the n-gram identifier ({@link LangIdEvaluation}); not a unit test.
 */
final class CalibrationFit {

    private CalibrationFit() {
    }

    /**
     * Fits score = sigmoid(a + b m + c ln n + d m ln n) by Newton's method on every item of Lingua's test set (single
     * words, word pairs, sentences and runs of 2, 4 and 8 sentences), and prints the fit's reliability per item kind
     * and margin bin.
     *
     * @param right whether a best guess's language (ISO 639-3) counts as right for the expected one
     * @param bins  margin bins {from, to} of the reliability table
     */
    static void calibrate(LanguageIdentifier id, Path dir, int limit, BiPredicate<String, String> right, double[][] bins)
            throws IOException {
        List<double[]> x = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<String> langs;
        try (var s = Files.list(dir.resolve("sentences"))) {
            langs = s.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        for (String lang : langs) {
            String expected = LanguageLabels.iso639_3(lang).orElseThrow();
            Map<String, List<String>> items = new LinkedHashMap<>();
            items.put("w1", LangIdEvaluation.lines(dir.resolve("single-words").resolve(lang + ".txt"), limit));
            items.put("w2", LangIdEvaluation.lines(dir.resolve("word-pairs").resolve(lang + ".txt"), limit));
            List<String> sentences = LangIdEvaluation.lines(dir.resolve("sentences").resolve(lang + ".txt"), limit);
            items.put("s1", sentences);
            for (int k : new int[] {2, 4, 8}) {
                List<String> runs = new ArrayList<>();
                for (int i = 0; i + k <= sentences.size(); i += k) {
                    runs.add(String.join(" ", sentences.subList(i, i + k)));
                }
                items.put("s" + k, runs);
            }
            for (Map.Entry<String, List<String>> e : items.entrySet()) {
                for (String text : e.getValue()) {
                    LanguageResult r = id.identify(text);
                    if (r.bestGuess().equals(LanguageLabels.UNDETERMINED)) {
                        continue; // no candidate: nothing to calibrate
                    }
                    double lnN = Math.log(Math.max(MarginCalibration.MIN_LETTERS,
                            Math.min(MarginCalibration.MAX_LETTERS, r.letters())));
                    x.add(new double[] {1, r.margin(), lnN, r.margin() * lnN});
                    y.add(right.test(LanguageLabels.languageOf(r.bestGuess()), expected));
                    sets.add(e.getKey());
                }
            }
            System.err.println("calibration items so far: " + x.size() + " (" + lang + ")");
        }
        double[] w = fitLogistic(x, y);
        System.out.printf(Locale.ROOT, "%d items; coefficients a=%.4f b=%.4f c=%.4f d=%.4f%n", x.size(), w[0], w[1], w[2], w[3]);
        MarginCalibration fitted = new MarginCalibration(w[0], w[1], w[2], w[3]);
        System.out.println("| items | margin | n | right (observed) | score (mean) |");
        System.out.println("|---|---|---|---|---|");
        for (String set : List.of("w1", "w2", "s1", "s2", "s4", "s8")) {
            for (double[] bin : bins) {
                int n = 0;
                int hits = 0;
                double predicted = 0;
                for (int i = 0; i < x.size(); i++) {
                    double m = x.get(i)[1];
                    if (sets.get(i).equals(set) && m >= bin[0] && m < bin[1]) {
                        n++;
                        hits += y.get(i) ? 1 : 0;
                        predicted += fitted.probability(m, (int) Math.round(Math.exp(x.get(i)[2])));
                    }
                }
                if (n > 0) {
                    System.out.printf(Locale.ROOT, "| %s | [%.2f, %.2f) | %d | %.3f | %.3f |%n", set, bin[0],
                            Math.min(1, bin[1]), n, (double) hits / n, predicted / n);
                }
            }
        }
    }

    static double[] fitLogistic(List<double[]> x, List<Boolean> y) {
        int k = x.get(0).length;
        double[] w = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = x.get(i);
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += w[j] * xi[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double residual = p - (y.get(i) ? 1 : 0);
                double weight = Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a < k; a++) {
                    gradient[a] += residual * xi[a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += weight * xi[a] * xi[b];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int j = 0; j < k; j++) {
                w[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; the 4x4 Hessian is positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * out[c];
            }
            out[r] = s / m[r][r];
        }
        return out;
    }
}
