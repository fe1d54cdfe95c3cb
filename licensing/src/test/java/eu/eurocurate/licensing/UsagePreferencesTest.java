package eu.eurocurate.licensing;

import eu.eurocurate.licensing.UsagePreferences.Preference;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UsagePreferencesTest {

    @Test
    void aiprefVocabularyExamples() {
        // draft-ietf-aipref-vocab, "Exemplary Serialization Format" and "Processing Algorithm".
        assertEquals(Preference.ALLOW, UsagePreferences.aiprefTraining("train-ai=y, search=n"));
        assertEquals(Preference.DISALLOW, UsagePreferences.aiprefTraining("train-ai=n"));
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("search=n"));
        // "train-ai=y, train-ai, search=n, search=\"n\"": the last value of a key wins, a Boolean is not a Token.
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("train-ai=y, train-ai, search=n, search=\"n\""));
        // Parameters are ignored: "train-ai;allow=n, train-ai=y" allows.
        assertEquals(Preference.ALLOW, UsagePreferences.aiprefTraining("train-ai;allow=n, train-ai=y"));
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("train-ai;has;parameters=\"?\""));
    }

    @Test
    void parseFailuresLeaveEverythingUnknown() {
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("Train-AI=n"), "keys are case-sensitive");
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("train-ai=n,"));
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining("train-ai=n;;"));
        assertEquals(Preference.UNKNOWN, UsagePreferences.aiprefTraining(null));
        assertNull(UsagePreferences.dictionary("a=\"unterminated"));
    }

    @Test
    void earlierGenerativeTrainingLabelDisallowsToo() {
        assertEquals(Preference.DISALLOW, UsagePreferences.aiprefTraining("train-ai=y, train-genai=n"));
    }

    @Test
    void dictionaryTypes() {
        assertEquals(Map.of("a", "", "b", "tok", "c", "", "d", "", "e", "", "f", ""),
                UsagePreferences.dictionary("a=1, b=tok;p=2, c=\"s\\\"x\", d=?1, e=:AQID:, f=(x y)"));
    }

    @Test
    void cloudflareContentSignals() {
        // Cloudflare's Content Signals Policy default: "Content-Signal: search=yes, ai-train=no".
        assertEquals(Preference.DISALLOW, UsagePreferences.contentSignalTraining("search=yes, ai-train=no"));
        assertEquals(Preference.DISALLOW, UsagePreferences.contentSignalTraining("search=yes,ai-train=no,ai-input=no"));
        assertEquals(Preference.ALLOW, UsagePreferences.contentSignalTraining("AI-Train = yes"));
        assertEquals(Preference.UNKNOWN, UsagePreferences.contentSignalTraining("search=yes"));
    }
}
