package eu.eurocurate.jobs;

import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --config} and {@code --set}, shared by the commands that read the pipeline configuration. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "<file>",
            description = "YAML file merged over the defaults (conf/pipeline.yaml documents every key).")
    Path config;

    @Option(names = "--set", paramLabel = "<key=value>",
            description = "Override one key, e.g. --set dedup.bands=20 --set langid.keep_languages=[deu_Latn]. Repeatable.")
    List<String> overrides = new ArrayList<>();

    PipelineConfig load() {
        String yaml = null;
        if (config != null) {
            try {
                yaml = Files.readString(config, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("--config", "cannot read " + config + ": " + e.getMessage());
            }
        }
        return ConfigLoader.load(yaml, overrides);
    }
}
