package eu.eurocurate.licensing;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.LicensingConfig;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of {@link LicensingStage} on real pages (not a unit test): every {@code *.html} / {@code *.html.gz} under
 * the directories given, processed repeatedly on one thread. Reports wall-clock and thread-CPU throughput (the latter
 * is the stable figure on a shared machine), then the licence statements found, by source and SPDX id. See README.md
 * for the command and the figures.
 */
public final class LicensingBenchmark {

    private LicensingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz"))
                        .sorted().toList()) {
                    try (InputStream in = Files.newInputStream(p)) {
                        byte[] bytes = p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes()
                                : in.readAllBytes();
                        pages.add(new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        long chars = pages.stream().mapToLong(String::length).sum();
        LicensingStage stage = new LicensingStage(
                Configs.licensing("bench", List.copyOf(LicensingConfig.SIGNALS), true));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int n = 0;
            for (String page : pages) {
                Document d = new Document("b" + n, new SourceLocator("bench", n, 0, null, "response")).markup(page);
                stage.process(d);
                n++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("round %d: %d pages, %.1f M chars of markup; wall %.0f pages/s; thread CPU %.0f pages/s,"
                    + " %.0f M chars/s%n", round, n, chars / 1e6, n / seconds, n / cpuSeconds, chars / 1e6 / cpuSeconds);
        }
        // What was found, for the README's figures: statements per source and licence ("?" = unidentified).
        java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
        LicenceDetector detector = LicenceDetector.standard();
        for (String page : pages) {
            for (LicenceStatement s : detector.detect(page, java.util.Map.of())) {
                tally.merge(s.source().label() + " " + (s.licence() == null ? "?" : s.licence().spdx()), 1,
                        Integer::sum);
            }
        }
        System.out.println("licence statements: " + tally);
    }
}
