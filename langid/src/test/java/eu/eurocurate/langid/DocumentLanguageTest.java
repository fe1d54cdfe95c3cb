package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentLanguageTest {

    @Test
    void sharesAndVariantsAreSortedAndImmutable() {
        Map<String, Double> shares = new HashMap<>(Map.of("slv_Latn", 0.7, "eng_Latn", 0.3));
        DocumentLanguage d = new DocumentLanguage(LanguageResult.identified("slv_Latn", 0.99, "hrv_Latn", 0.5, "Latn", 300),
                shares, Map.of(), 3, false);
        shares.clear();
        assertEquals(List.of("eng_Latn", "slv_Latn"), List.copyOf(d.shares().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> d.shares().put("x", 1.0));
        assertThrows(NullPointerException.class, () -> new DocumentLanguage(null, Map.of(), Map.of(), 0, false));
    }
}
