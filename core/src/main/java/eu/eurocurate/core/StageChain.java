package eu.eurocurate.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs per-document stages in order. A document dropped by one stage is not shown to the next (its first drop is the
 * reason it left the corpus). A stage that throws does not fail the job: the document gets a drop decision
 * {@code <stage>.error} naming the exception, so a single pathological record can never stop a crawl-sized run.
 *
 * <p>Not thread-safe (it keeps per-stage timings); build one per Spark task or thread. The stages themselves are
 * shared.
 */
public final class StageChain implements AutoCloseable {

    private final List<Stage> stages;
    private final long[] nanos;
    private final long[] processed;

    public StageChain(List<? extends Stage> stages) {
        this.stages = List.copyOf(stages);
        this.nanos = new long[this.stages.size()];
        this.processed = new long[this.stages.size()];
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Applies every stage in turn to the document and returns it. */
    public Document process(Document document) {
        for (int i = 0; i < stages.size(); i++) {
            if (document.isDropped()) {
                break;
            }
            Stage stage = stages.get(i);
            int before = document.decisions().size();
            long start = System.nanoTime();
            try {
                stage.process(document);
            } catch (RuntimeException | StackOverflowError e) {
                // Keep going: the record becomes a ledger row with the failure, never a failed task.
                document.decide(Decision.drop(stage.name(), stage.version(), stage.name() + ".error", null,
                        e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())));
            }
            nanos[i] += System.nanoTime() - start;
            processed[i]++;
            int added = document.decisions().size() - before;
            if (added != 1) {
                throw new IllegalStateException("stage '" + stage.name() + "' appended " + added
                        + " decisions to " + document.id() + "; the Stage contract is exactly one");
            }
        }
        return document;
    }

    /** Per-stage time and count since this chain was built, for benchmarks and the end-of-run summary. */
    public List<StageTiming> timings() {
        List<StageTiming> out = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            out.add(new StageTiming(stages.get(i).name(), processed[i], nanos[i]));
        }
        return out;
    }

    @Override
    public void close() {
        for (Stage s : stages) {
            s.close();
        }
    }

    /** Time spent in one stage. */
    public record StageTiming(String stage, long documents, long nanos) implements java.io.Serializable {
        public double documentsPerSecond() {
            return nanos == 0 ? 0 : documents * 1e9 / nanos;
        }
    }
}
