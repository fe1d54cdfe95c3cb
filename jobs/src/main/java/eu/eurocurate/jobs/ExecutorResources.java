package eu.eurocurate.jobs;

import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageChain;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.export.TokenizeStage;
import eu.eurocurate.filters.QualityStage;
import eu.eurocurate.filters.pii.PiiStage;
import eu.eurocurate.ingest.Ingestor;
import eu.eurocurate.langid.LangIdStage;
import eu.eurocurate.licensing.LicensingStage;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heavy, thread-safe parts of the pipeline (Tika, the language models, the tokenizer), built once per executor
 * JVM and per configuration, on first use inside a task, and shared by every task of that JVM. Nothing here is
 * serialised or sent from the driver: only the small {@link PipelineConfig} travels.
 */
final class ExecutorResources {

    private static final ConcurrentHashMap<String, ExecutorResources> BY_CONFIG = new ConcurrentHashMap<>();

    final Ingestor ingestor;
    /** Per-document stages in order: opt-outs first (cheap, and a reserved page needs no language model), then
     * language, then quality (whose rules depend on the language), then personal-data masking (on the text that
     * is kept, before dedup compares texts). */
    final List<Stage> documentStages;
    final TokenizeStage tokenizer;

    private ExecutorResources(PipelineConfig config) {
        this.ingestor = new Ingestor(config.ingest());
        this.documentStages = List.of(
                new LicensingStage(config.licensing()),
                LangIdStage.create(config.langid()),
                new QualityStage(config.quality()),
                new PiiStage(config.pii()));
        this.tokenizer = new TokenizeStage(config.export());
    }

    static ExecutorResources get(PipelineConfig config) {
        return BY_CONFIG.computeIfAbsent(ConfigLoader.hash(config), k -> new ExecutorResources(config));
    }

    /** A fresh chain (it keeps per-task timings) over the shared stages. */
    StageChain newChain() {
        return new StageChain(documentStages);
    }
}
