package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReasonsTest {

    private static Set<String> codes() throws IllegalAccessException {
        Set<String> codes = new HashSet<>();
        for (Field f : Reasons.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("STAGE") && !f.getName().equals("VERSION")) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    @Test
    void everyCodeIsPrefixedByTheStageAndUnique() throws IllegalAccessException {
        Set<String> codes = codes();
        assertEquals(13, codes.size());
        for (String code : codes) {
            assertTrue(code.startsWith(Reasons.STAGE + "."), code);
        }
    }

    @Test
    void everyCodeIsDocumentedInTheModuleReadme() throws IOException, IllegalAccessException {
        // Surefire runs in the module directory.
        String readme = Files.readString(Path.of("README.md"));
        for (String code : codes()) {
            assertTrue(readme.contains("`" + code + "`"), code + " missing from README.md");
        }
    }
}
