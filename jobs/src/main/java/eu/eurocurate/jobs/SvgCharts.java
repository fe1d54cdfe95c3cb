package eu.eurocurate.jobs;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts for the audit report: plain markup, no script, no external resource, so the report is one
 * self-contained file that any browser (or an archive years later) renders the same way.
 */
final class SvgCharts {

    static final int LABEL_WIDTH = 230;
    static final int BAR_WIDTH = 430;
    static final int VALUE_WIDTH = 120;
    static final int ROW = 22;

    /** One segment of a stacked bar: its name (for the legend) and CSS class (for its colour). */
    record Part(String name, String cssClass) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars, one per label, scaled to the largest value. */
    static String bars(String title, List<String> labels, List<Long> values) {
        long[][] parts = new long[values.size()][];
        for (int i = 0; i < values.size(); i++) {
            parts[i] = new long[]{values.get(i)};
        }
        return stacked(title, labels, parts, List.of(new Part("", "bar")));
    }

    /** Horizontal stacked bars: row i is split into parts[i][0], parts[i][1], ... with a legend when several parts. */
    static String stacked(String title, List<String> labels, long[][] parts, List<Part> names) {
        long maxTotal = 1;
        for (long[] p : parts) {
            long s = 0;
            for (long v : p) {
                s += v;
            }
            maxTotal = Math.max(maxTotal, s);
        }
        boolean legend = names.size() > 1;
        int top = legend ? ROW + 4 : 4;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        int height = top + Math.max(1, labels.size()) * ROW + 4;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-label=\"%s\">", width, height, width, height,
                AuditWriter.escape(title)));
        sb.append("<title>").append(AuditWriter.escape(title)).append("</title>");
        if (legend) {
            int x = LABEL_WIDTH;
            for (Part p : names) {
                sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"4\" width=\"12\" height=\"12\"/>"
                        + "<text x=\"%d\" y=\"15\">%s</text>", p.cssClass(), x, x + 16, AuditWriter.escape(p.name())));
                x += 24 + 8 * p.name().length();
            }
        }
        if (labels.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">(none)</text>", top + 15));
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * ROW;
            sb.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + 15, AuditWriter.escape(shorten(labels.get(i)))));
            double x = LABEL_WIDTH;
            long total = 0;
            for (int j = 0; j < parts[i].length; j++) {
                long v = parts[i][j];
                total += v;
                double w = (double) v / maxTotal * BAR_WIDTH;
                if (v > 0) {
                    sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
                                    + "<title>%s: %s</title></rect>", names.get(Math.min(j, names.size() - 1)).cssClass(), x, y + 3,
                            Math.max(1.0, w), ROW - 6, AuditWriter.escape(labels.get(i)),
                            AuditWriter.escape(names.get(Math.min(j, names.size() - 1)).name() + " " + AuditWriter.number(v))));
                }
                x += w;
            }
            sb.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\">%s</text>", x + 6, y + 15,
                    AuditWriter.number(total)));
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "\u2026";
    }
}
