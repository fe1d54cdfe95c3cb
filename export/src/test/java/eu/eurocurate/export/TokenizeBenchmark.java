package eu.eurocurate.export;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.ExportConfig;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of {@link TokenizeStage} (not a unit test): every {@code *.txt} under the directories given becomes one
 * document, tokenized repeatedly on one thread with the encoding named by the system property {@code tokenizer}
 * (default o200k_base). Reports wall-clock and thread-CPU throughput (the latter is the stable figure on a shared
 * machine). See README.md for the command and the figure.
 */
public final class TokenizeBenchmark {

    private TokenizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        String tokenizer = System.getProperty("tokenizer", "o200k_base");
        TokenizeStage stage = new TokenizeStage(new ExportConfig(tokenizer, 134_217_728L, "zstd"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long tokens = 0;
            int n = 0;
            for (String text : texts) {
                Document d = new Document("b" + n, new SourceLocator("bench", n, 0, null, "file")).text(text);
                stage.process(d);
                tokens += d.tokens() == null ? 0 : d.tokens().length;
                n++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("round %d, %s: %d documents, %.1f MB UTF-8, %d tokens (%.2f bytes/token); wall %.2f M "
                    + "tokens/s; thread CPU %.2f M tokens/s, %.1f MB/s%n", round, tokenizer, n, bytes / 1e6, tokens,
                    (double) bytes / tokens, tokens / 1e6 / seconds, tokens / 1e6 / cpuSeconds, bytes / 1e6 / cpuSeconds);
        }
    }
}
