package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one {@link AuditFigures} three ways: {@code report.html} (self-contained: inline CSS and SVG, no script),
 * {@code report.json} (the same figures, machine-readable) and {@code ai-act-summary.md} (a draft of the AI Office's
 * public summary template). The page layouts are resources ({@code eurocurate/audit/}) with {@code {{name}}} slots.
 */
final class AuditWriter {

    static final String HTML = "report.html";
    static final String JSON = "report.json";
    static final String SUMMARY = "ai-act-summary.md";

    /** Reason prefix of removals for a rights reservation, page or site signals alike (licensing/README.md). */
    static final String RESERVED_PREFIX = "licensing.reserved.";
    /** Stage of the takedown list. */
    static final String REMOVAL_STAGE = "removal";

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z_]+)}}");

    private AuditWriter() {
    }

    static void writeAll(AuditFigures f, ProviderInfo provider, String outDir, Configuration hadoop) {
        write(hadoop, outDir, HTML, html(f));
        write(hadoop, outDir, JSON, json(f));
        write(hadoop, outDir, SUMMARY, summary(f, provider));
    }

    static String json(AuditFigures f) {
        try {
            return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(f) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(AuditFigures f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("run_id", escape(f.run().runId()));
        v.put("code_version", escape(f.run().codeVersion()));
        v.put("config_hash", escape(f.run().configHash()));
        v.put("created_at", escape(String.valueOf(f.run().createdAt())));
        AuditFigures.Totals t = f.totals();
        v.put("cards", card("records read", t.records()) + card("documents kept", t.kept()) + card("dropped", t.dropped())
                + card("tokens kept", t.tokens()) + card("languages", f.languages().size()) + card("domains", f.domains()));

        List<String> langs = new ArrayList<>();
        List<Long> langDocs = new ArrayList<>();
        StringBuilder lt = tableHead("language", "documents", "tokens", "characters");
        for (AuditFigures.LanguageRow r : f.languages()) {
            langs.add(r.language());
            langDocs.add(r.tokens());
            row(lt, r.language(), r.documents(), r.tokens(), r.characters());
        }
        v.put("languages_chart", SvgCharts.bars("Tokens kept per language", langs, langDocs));
        v.put("languages_table", lt.append("</tbody></table>").toString());

        List<String> stages = new ArrayList<>();
        long[][] parts = new long[f.stages().size()][];
        for (int i = 0; i < f.stages().size(); i++) {
            AuditFigures.StageRow s = f.stages().get(i);
            stages.add(s.stage());
            parts[i] = new long[]{s.kept(), s.flagged(), s.dropped()};
        }
        v.put("funnel_chart", SvgCharts.stacked("Documents per stage: kept, flagged, dropped", stages, parts,
                List.of(new SvgCharts.Part("kept", "kept"), new SvgCharts.Part("flagged", "flagged"),
                        new SvgCharts.Part("dropped", "dropped"))));
        StringBuilder rt = tableHead("stage", "reason", "documents");
        for (AuditFigures.RemovalRow r : f.removals()) {
            row(rt, r.stage(), new Markup("<code>" + escape(r.reason()) + "</code>"), r.documents());
        }
        v.put("removals_table", rt.append("</tbody></table>").toString());

        List<String> lic = new ArrayList<>();
        List<Long> licDocs = new ArrayList<>();
        StringBuilder lict = tableHead("licence", "class", "documents", "tokens");
        for (AuditFigures.LicenceRow r : f.licences()) {
            lic.add(r.licence() + " (" + r.licenceClass() + ")");
            licDocs.add(r.documents());
            row(lict, r.licence(), r.licenceClass(), r.documents(), r.tokens());
        }
        v.put("licences_chart", SvgCharts.bars("Documents kept per licence", lic, licDocs));
        v.put("licences_table", lict.append("</tbody></table>").toString());
        StringBuilder bt = tableHead("legal basis", "documents");
        for (AuditFigures.CountRow r : f.legalBases()) {
            row(bt, r.name(), r.documents());
        }
        v.put("legal_basis_table", bt.append("</tbody></table>").toString());

        List<String> sig = new ArrayList<>();
        long[][] sigParts = new long[f.optOutSignals().size()][];
        StringBuilder st = tableHead("signal", "read from", "documents", "removed");
        for (int i = 0; i < f.optOutSignals().size(); i++) {
            AuditFigures.SignalRow r = f.optOutSignals().get(i);
            sig.add(r.signal() + " (" + r.source() + ")");
            sigParts[i] = new long[]{r.documents() - r.dropped(), r.dropped()};
            row(st, r.signal(), r.source(), r.documents(), r.dropped());
        }
        v.put("signals_chart", SvgCharts.stacked("Documents per opt-out signal", sig, sigParts,
                List.of(new SvgCharts.Part("kept", "kept"), new SvgCharts.Part("removed", "dropped"))));
        v.put("signals_table", st.append("</tbody></table>").toString());

        List<String> dom = new ArrayList<>();
        List<Long> domChars = new ArrayList<>();
        StringBuilder dt = tableHead("registered domain", "records", "documents kept", "characters kept", "tokens kept",
                "bytes scraped");
        for (AuditFigures.DomainRow r : f.topDomains()) {
            dom.add(r.domain());
            domChars.add(r.characters());
            row(dt, r.domain(), r.records(), r.documents(), r.characters(), r.tokens(), r.scrapedBytes());
        }
        v.put("domains_chart", SvgCharts.bars("Characters kept per registered domain", dom, domChars));
        v.put("domains_table", dt.append("</tbody></table>").toString());
        v.put("domains", number(f.domains()));
        v.put("period", escape(period(f.collectionPeriod())));
        return fill(template("report.html"), v);
    }

    static String summary(AuditFigures f, ProviderInfo p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code_version", md(f.run().codeVersion()));
        v.put("run_id", md(f.run().runId()));
        v.put("config_hash", md(f.run().configHash()));
        v.put("to_complete", ProviderInfo.TO_COMPLETE);
        v.put("provider_name", md(ProviderInfo.orToComplete(p.providerName())));
        v.put("provider_contact", md(ProviderInfo.orToComplete(p.providerContact())));
        v.put("authorised_representative", md(p.authorisedRepresentative() == null ? "none declared" : p.authorisedRepresentative()));
        v.put("model_name", md(ProviderInfo.orToComplete(p.modelName())));
        v.put("model_dependencies", md(p.modelDependencies() == null ? "none declared" : p.modelDependencies()));
        v.put("placement_date", md(ProviderInfo.orToComplete(p.placementDate())));
        AuditFigures.Totals t = f.totals();
        v.put("size_band", sizeBand(t.tokens()));
        v.put("tokens", number(t.tokens()));
        v.put("documents", number(t.kept()));
        v.put("characters", number(t.characters()));
        v.put("content_types", md(ProviderInfo.orToComplete(p.contentTypes())));
        v.put("first_fetch", md(String.valueOf(f.collectionPeriod().first())));
        v.put("last_fetch", md(String.valueOf(f.collectionPeriod().last())));
        v.put("language_count", Integer.toString(f.languages().size()));
        StringBuilder langs = new StringBuilder();
        for (AuditFigures.LanguageRow r : f.languages()) {
            langs.append("| ").append(md(r.language())).append(" | ").append(number(r.documents())).append(" | ")
                    .append(number(r.tokens())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f%%", t.tokens() == 0 ? 0.0 : 100.0 * r.tokens() / t.tokens()))
                    .append(" |\n");
        }
        v.put("languages_rows", langs.toString().stripTrailing());
        v.put("public_datasets", md(p.publicDatasets() == null ? "None besides the crawled data below. " + ProviderInfo.TO_COMPLETE
                + " if the model was trained on others." : p.publicDatasets()));
        v.put("other_sources", md(p.otherSources() == null ? "None in this corpus. " + ProviderInfo.TO_COMPLETE
                + " if the model was trained on others." : p.otherSources()));
        v.put("crawler_name", md(ProviderInfo.orToComplete(p.crawlerName())));
        v.put("crawler_description", md(p.crawlerDescription() == null ? "" : p.crawlerDescription()));
        v.put("crawled", number(t.crawled()));
        v.put("records", number(t.records()));
        v.put("kept", number(t.kept()));
        v.put("domains", number(f.domains()));
        v.put("top_rule", p.isSme() ? "top 5% or 1,000 domains, whichever is lower (SME)" : "top 10%");
        v.put("top_count", number(f.topScrapedDomains().size()));
        StringBuilder doms = new StringBuilder();
        for (AuditFigures.DomainRow r : f.topScrapedDomains()) {
            doms.append("| ").append(md(r.domain())).append(" | ").append(number(r.scrapedBytes())).append(" | ")
                    .append(number(r.documents())).append(" | ").append(number(r.tokens())).append(" |\n");
        }
        v.put("domain_rows", doms.toString().stripTrailing());
        v.put("policy_version", md(f.run().policyVersions() == null || f.run().policyVersions().isEmpty()
                ? "unrecorded" : f.run().policyVersions()));
        StringBuilder sig = new StringBuilder();
        for (AuditFigures.SignalRow r : f.optOutSignals()) {
            sig.append("| ").append(md(r.signal())).append(" | ").append(md(r.source())).append(" | ")
                    .append(number(r.documents())).append(" | ").append(number(r.dropped())).append(" |\n");
        }
        v.put("signal_rows", sig.isEmpty() ? "| (none found) | | 0 | 0 |" : sig.toString().stripTrailing());
        v.put("opt_out_removed", number(removedFor(f, RESERVED_PREFIX)));
        v.put("takedown_removed", number(removedFor(f, REMOVAL_STAGE + ".")));
        v.put("illegal_content_measures", md(p.illegalContentMeasures() == null
                ? "Beyond the processing steps below: " + ProviderInfo.TO_COMPLETE + "." : p.illegalContentMeasures()));
        StringBuilder stages = new StringBuilder();
        for (AuditFigures.StageRow s : f.stages()) {
            stages.append("| ").append(md(s.stage())).append(" | ").append(number(s.documents())).append(" | ")
                    .append(number(s.dropped())).append(" | ").append(number(s.flagged())).append(" |\n");
        }
        v.put("stage_rows", stages.toString().stripTrailing());
        StringBuilder lic = new StringBuilder();
        for (AuditFigures.LicenceRow r : f.licences()) {
            lic.append("| ").append(md(r.licence())).append(" | ").append(md(r.licenceClass())).append(" | ")
                    .append(number(r.documents())).append(" |\n");
        }
        v.put("licence_rows", lic.toString().stripTrailing());
        return fill(template("ai-act-summary.md"), v);
    }

    /** Documents whose first drop has a reason code starting with the prefix. */
    static long removedFor(AuditFigures f, String reasonPrefix) {
        return f.removals().stream().filter(r -> r.reason().startsWith(reasonPrefix))
                .mapToLong(AuditFigures.RemovalRow::documents).sum();
    }

    /**
     * The template's size ranges for text (section 1.3): less than 1 billion tokens, 1 billion to 10 trillion tokens,
     * more than 10 trillion tokens.
     */
    static String sizeBand(long tokens) {
        if (tokens < 1_000_000_000L) {
            return "less than 1 billion tokens";
        }
        return tokens <= 10_000_000_000_000L ? "1 billion to 10 trillion tokens" : "more than 10 trillion tokens";
    }

    private static String period(AuditFigures.Period p) {
        return p.first() == null ? "no fetch times recorded" : p.first() + " to " + p.last();
    }

    private static String card(String label, long n) {
        return "<div class=\"card\"><b>" + number(n) + "</b>" + escape(label) + "</div>";
    }

    private static StringBuilder tableHead(String... columns) {
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (int i = 0; i < columns.length; i++) {
            sb.append("<th>").append(escape(columns[i])).append("</th>");
        }
        return sb.append("</tr></thead><tbody>");
    }

    /** A table cell that is already HTML. */
    private record Markup(String html) {
    }

    /** A table row: text is escaped, {@link Markup} kept as is, numbers right-aligned. */
    private static void row(StringBuilder sb, Object... cells) {
        sb.append("<tr>");
        for (Object c : cells) {
            if (c instanceof Number n) {
                sb.append("<td class=\"n\">").append(number(n.longValue())).append("</td>");
            } else if (c instanceof Markup m) {
                sb.append("<td>").append(m.html()).append("</td>");
            } else {
                sb.append("<td>").append(escape(String.valueOf(c))).append("</td>");
            }
        }
        sb.append("</tr>");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Markdown-safe text for a table cell or a line: pipes escaped, line breaks flattened. */
    static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    static String template(String name) {
        try (InputStream in = AuditWriter.class.getResourceAsStream("/eurocurate/audit/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource eurocurate/audit/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every {@code {{slot}}}; a slot without a value is a programming error, caught by the tests. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void write(Configuration hadoop, String dir, String name, String content) {
        Path p = new Path(dir, name);
        // A private instance (not the JVM-wide cached one Spark writes with), without .crc side files next to a
        // report meant for people: the local file system writes them by default.
        try (org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.newInstance(p.toUri(), hadoop)) {
            fs.setWriteChecksum(false);
            write(fs, p, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    private static void write(org.apache.hadoop.fs.FileSystem fs, Path p, String content) throws IOException {
        try (FSDataOutputStream o = fs.create(p, true)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
