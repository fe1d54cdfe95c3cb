package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReasonsTest {

    @Test
    void everyReasonIsPrefixedByTheStageNameAndUnique() throws IllegalAccessException {
        Set<String> seen = new HashSet<>();
        for (Field f : Reasons.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String reason = (String) f.get(null);
                assertTrue(reason.startsWith(LangIdStage.NAME + "."), reason);
                assertTrue(reason.substring(LangIdStage.NAME.length() + 1).matches("[a-z_]+"), reason);
                assertTrue(seen.add(reason), "duplicate " + reason);
            }
        }
        assertEquals(Set.of("langid.ok", "langid.und", "langid.not_kept"), seen);
    }
}
