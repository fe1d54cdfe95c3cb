package eu.eurocurate.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The robots.txt product tokens of AI-training crawlers: {@code conf/ai-user-agents.txt}, shipped in this module's jar
 * (one token per line, {@code #} starts a comment that cites the token's source).
 */
public final class AiUserAgents {

    /** Classpath location of the shipped list. */
    public static final String RESOURCE = "/eurocurate/ai-user-agents.txt";

    private static final List<String> BUNDLED = load();

    private AiUserAgents() {
    }

    /** The shipped list, in file order. */
    public static List<String> bundled() {
        return BUNDLED;
    }

    /** The configured tokens, or the shipped list when the configuration names none. */
    public static List<String> orBundled(List<String> configured) {
        return configured == null || configured.isEmpty() ? BUNDLED : List.copyOf(configured);
    }

    /** Tokens of a list in the file's format. */
    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            int hash = line.indexOf('#');
            String token = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!token.isEmpty() && !out.contains(token)) {
                out.add(token);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> load() {
        try (InputStream in = AiUserAgents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; build licensing with Maven");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
