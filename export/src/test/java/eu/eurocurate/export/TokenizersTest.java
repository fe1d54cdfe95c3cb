package eu.eurocurate.export;

import eu.eurocurate.core.config.ExportConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenizersTest {

    @Test
    void everyConfigurableTokenizerLoadsUnderItsName() {
        for (String name : ExportConfig.TOKENIZERS) {
            assertEquals(name, Tokenizers.encoding(name).getName());
            assertSame(Tokenizers.encoding(name), Tokenizers.encoding(name));
        }
    }

    @Test
    void rejectsUnknownNames() {
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.encoding("gpt2"));
    }
}
