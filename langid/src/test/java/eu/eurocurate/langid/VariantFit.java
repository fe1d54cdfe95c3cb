package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link NgramLanguageIdentifier#VARIANT_TEMPERATURE} and {@link NgramLanguageIdentifier#VARIANT_BIAS} by
 * maximum likelihood (grid search) on Lingua's hr, bs and sr test sentences and word pairs, with the Serbian ones
 * also transliterated to Latin (developer data; the UD files stay held out). Not a unit test; run with the defaults
 * {@code -Deurocurate.langid.vb=0,0,0,0,0,0} (README.md).
 *
 * <pre>VariantFit &lt;lid-lingua-testdata-dir&gt;</pre>
 */
public final class VariantFit {

    private VariantFit() {
    }

    private record Item(double[] cost, int truth, double letters) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        NgramLanguageIdentifier id = NgramLanguageIdentifier.shared(ConfigLoader.defaults().langid());
        String[] names = {"hrv", "bos", "srp"};
        List<Item> latin = new ArrayList<>();
        List<Item> cyrillic = new ArrayList<>();
        for (String set : List.of("sentences", "word-pairs")) {
            for (String lang : List.of("hr", "bs", "sr")) {
                for (String line : LangIdEvaluation.lines(dir.resolve(set).resolve(lang + ".txt"), 1000)) {
                    int truth = lang.equals("hr") ? 0 : lang.equals("bs") ? 1 : 2;
                    add(id.variantCosts(line), names, truth, lang.equals("sr") ? cyrillic : latin);
                    if (lang.equals("sr")) {
                        add(id.variantCosts(SerbianTransliteration.toLatin(line)), names, truth, latin);
                    }
                }
            }
        }
        fit("Latin (hrv, bos, srp)", latin);
        fit("Cyrillic (-, bos, srp)", cyrillic);
    }

    private static void add(Map<String, Double> c, String[] names, int truth, List<Item> out) {
        double[] cost = new double[3];
        for (int v = 0; v < 3; v++) {
            cost[v] = c.getOrDefault(names[v], Double.NaN);
        }
        out.add(new Item(cost, truth, c.get("letters")));
    }

    private static void fit(String name, List<Item> items) {
        double bestLl = Double.NEGATIVE_INFINITY;
        double[] best = null;
        for (double t = 0.05; t <= 1.0; t += 0.05) {
            for (double b1 = -0.3; b1 <= 0.3; b1 += 0.01) {
                for (double b2 = -0.6; b2 <= 0.6; b2 += 0.01) {
                    double ll = 0;
                    for (Item it : items) {
                        double[] z = new double[3];
                        double max = Double.NEGATIVE_INFINITY;
                        double[] b = {0, b1, b2};
                        for (int v = 0; v < 3; v++) {
                            z[v] = Double.isNaN(it.cost[v]) ? Double.NEGATIVE_INFINITY : -(it.cost[v] + b[v]) * it.letters * t;
                            max = Math.max(max, z[v]);
                        }
                        double sum = 0;
                        for (double v : z) {
                            sum += Math.exp(v - max);
                        }
                        ll += z[it.truth] - max - Math.log(sum);
                    }
                    if (ll > bestLl) {
                        bestLl = ll;
                        best = new double[] {t, b1, b2};
                    }
                }
            }
        }
        int right = 0;
        for (Item it : items) {
            double[] b = {0, best[1], best[2]};
            int arg = -1;
            for (int v = 0; v < 3; v++) {
                if (!Double.isNaN(it.cost[v]) && (arg < 0 || it.cost[v] + b[v] < it.cost[arg] + b[arg])) {
                    arg = v;
                }
            }
            right += arg == it.truth ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s: %d items, temperature %.2f, bias hrv 0 bos %.2f srp %.2f, mean log-lik %.3f,"
                + " argmax right %.1f%%%n", name, items.size(), best[0], best[1], best[2], bestLl / items.size(),
                100.0 * right / items.size());
    }
}
