package eu.eurocurate.jobs;

import eu.eurocurate.core.DocumentIds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** Run ids derived from what was run (configuration and inputs), so that re-running the same job gives the same id. */
final class RunIds {

    private RunIds() {
    }

    static String of(String configHash, List<InputFile> inputs) {
        MessageDigest sha = DocumentIds.sha256();
        sha.update(configHash.getBytes(StandardCharsets.UTF_8));
        for (InputFile f : inputs) {
            sha.update((byte) 0);
            sha.update(DocumentIds.fileName(f.path()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(f.length()).getBytes(StandardCharsets.UTF_8));
        }
        return "run-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
