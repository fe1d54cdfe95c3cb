package eu.eurocurate.jobs;

import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageChain;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.export.TokenizeStage;
import eu.eurocurate.filters.QualityStage;
import eu.eurocurate.filters.blocklist.BlocklistStage;
import eu.eurocurate.filters.blocklist.UrlBlocklist;
import eu.eurocurate.filters.pii.PiiStage;
import eu.eurocurate.ingest.Ingestor;
import eu.eurocurate.langid.LangIdStage;
import eu.eurocurate.licensing.LicensingStage;
import eu.eurocurate.licensing.RemovalStage;

import eu.eurocurate.core.config.BlocklistConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The heavy, thread-safe parts of the pipeline (Tika, the language models, the tokenizer), built once per executor
 * JVM and per configuration, on first use inside a task, and shared by every task of that JVM. Nothing here is
 * serialised or sent from the driver: only the small {@link PipelineConfig} travels.
 */
final class ExecutorResources {

    private static final ConcurrentHashMap<String, ExecutorResources> BY_CONFIG = new ConcurrentHashMap<>();

    final Ingestor ingestor;
    /** Per-document stages in order: takedown requests and the user's block lists first (they need only the URL), then opt-outs (cheap, and a reserved page needs no language model), then
     * language, then quality (whose rules depend on the language), then personal-data masking (on the text that
     * is kept, before dedup compares texts). */
    final List<Stage> documentStages;
    final TokenizeStage tokenizer;
    /** The licensing stage of {@link #documentStages}; the site-level pass binds it to each host's robots.txt and tdmrep.json. */
    final LicensingStage licensing;

    private ExecutorResources(PipelineConfig config, Configuration hadoop) {
        this.ingestor = new Ingestor(config.ingest());
        List<Stage> stages = new ArrayList<>();
        if (!config.licensing().removals().isEmpty()) {
            // Takedown requests first: a removed document is looked at by nothing else.
            stages.add(new RemovalStage(config.licensing()));
        }
        if (!config.blocklist().lists().isEmpty()) {
            stages.add(new BlocklistStage(blocklist(config.blocklist(), hadoop)));
        }
        this.licensing = new LicensingStage(config.licensing());
        stages.addAll(List.of(
                licensing,
                LangIdStage.create(config.langid()),
                new QualityStage(config.quality()),
                new PiiStage(config.pii())));
        this.documentStages = List.copyOf(stages);
        this.tokenizer = new TokenizeStage(config.export());
    }

    /** @param hadoop the job's Hadoop configuration, for reading block lists (null: the executor's defaults) */
    static ExecutorResources get(PipelineConfig config, Configuration hadoop) {
        return BY_CONFIG.computeIfAbsent(ConfigLoader.hash(config),
                k -> new ExecutorResources(config, hadoop != null ? hadoop : new Configuration()));
    }

    /** Reads the configured block lists through Hadoop's FileSystem, once per executor JVM. */
    static UrlBlocklist blocklist(BlocklistConfig config, Configuration hadoop) {
        UrlBlocklist.Builder builder = UrlBlocklist.builder();
        for (BlocklistConfig.ListFile list : config.lists()) {
            Path path = new Path(list.path());
            try (InputStream raw = path.getFileSystem(hadoop).open(path);
                 InputStream in = list.path().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                builder.add(list.name(), list.version(), reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read block list '" + list.name() + "' from " + list.path(), e);
            }
        }
        return builder.build();
    }

    /** A fresh chain (it keeps per-task timings) over the shared stages. */
    StageChain newChain() {
        return new StageChain(documentStages);
    }

    /** The stages before licensing (they need only the record itself), for the per-file pass. */
    StageChain preSiteChain() {
        return new StageChain(documentStages.subList(0, documentStages.indexOf(licensing)));
    }

    /**
     * Licensing bound to one host's site-wide signals, then every later stage, for the site-level pass
     * ({@link SiteOptOutJoin}).
     */
    StageChain postSiteChain(eu.eurocurate.licensing.SitePolicy site) {
        List<Stage> stages = new ArrayList<>();
        stages.add(licensing.forSite(site));
        stages.addAll(documentStages.subList(documentStages.indexOf(licensing) + 1, documentStages.size()));
        return new StageChain(stages);
    }
}
