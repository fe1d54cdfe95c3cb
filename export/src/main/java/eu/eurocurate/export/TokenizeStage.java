package eu.eurocurate.export;

import com.knuddels.jtokkit.api.Encoding;
import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.config.ExportConfig;

import java.util.Objects;

/**
 * Pipeline stage 6: tokenizes each kept document's text with the configured jtokkit encoding
 * ({@code export.tokenizer}) and stores the ids with {@link Document#tokens(int[])} for the shard writer.
 *
 * <p>Web text is encoded as ordinary text ({@link Encoding#encodeOrdinary(String)}): a page that contains the
 * characters {@code <|endoftext|>} gets the tokens of those characters, never the special token, and never an
 * exception (jtokkit's {@code encode} throws on special tokens). Training-time separators are the data loader's
 * business, not the text's.
 *
 * <p>Decision: KEEP {@code export.ok} with the token count as value (also score {@code export.token_count}), or DROP
 * {@code export.empty} when there is no token. Attribute {@code export.tokenizer} records the encoding. Thread-safe:
 * the encoding is shared per JVM ({@link Tokenizers}).
 */
public final class TokenizeStage implements Stage {

    public static final String NAME = "export";
    public static final String VERSION = "1";

    public static final String SCORE_TOKEN_COUNT = "export.token_count";
    public static final String ATTR_TOKENIZER = "export.tokenizer";

    private final String tokenizer;
    private final Encoding encoding;

    public TokenizeStage(ExportConfig config) {
        Objects.requireNonNull(config, "config");
        this.tokenizer = config.tokenizer();
        this.encoding = Tokenizers.encoding(config.tokenizer());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        int[] tokens = text == null || text.isEmpty() ? new int[0] : encoding.encodeOrdinary(text).toArray();
        document.attribute(ATTR_TOKENIZER, tokenizer);
        document.score(SCORE_TOKEN_COUNT, tokens.length);
        if (tokens.length == 0) {
            document.tokens(null);
            document.decide(Decision.drop(NAME, VERSION, Reasons.EMPTY, 0.0, null));
            return;
        }
        document.tokens(tokens);
        document.decide(Decision.keep(NAME, VERSION, Reasons.OK, (double) tokens.length));
    }

    /** The encoding this stage uses (shared, thread-safe), e.g. to decode tokens in a check. */
    public Encoding encoding() {
        return encoding;
    }
}
