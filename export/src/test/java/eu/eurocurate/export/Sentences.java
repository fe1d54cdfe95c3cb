package eu.eurocurate.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real sentences in src/test/resources/sentences (see SOURCE.txt there). */
final class Sentences {

    private Sentences() {
    }

    /** The file for an ISO 639-1 code ({@code el}, {@code ka}, {@code bg}, {@code de}) as one string. */
    static String of(String language) {
        try (InputStream in = Sentences.class.getResourceAsStream("/sentences/" + language + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no sentences for " + language);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
