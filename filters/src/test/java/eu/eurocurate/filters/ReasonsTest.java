package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReasonsTest {

    private static List<String> constants() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : Reasons.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                    && f.getType() == String.class && !f.getName().equals("STAGE")) {
                out.add((String) f.get(null));
            }
        }
        return out;
    }

    @Test
    void everyCodeIsPrefixedByTheStageAndUnique() throws IllegalAccessException {
        List<String> codes = constants();
        assertTrue(codes.size() > 20);
        for (String code : codes) {
            assertTrue(code.matches("quality(\\.[a-z0-9_]+)+"), code);
        }
        assertEquals(codes.size(), new HashSet<>(codes).size());
    }

    @Test
    void ngramCodesFollowDatatrovesNames() {
        assertEquals("quality.gopher.top_2_gram", Reasons.gopherTopNgram(2));
        assertEquals("quality.gopher.dup_10_gram", Reasons.gopherDupNgram(10));
    }

    @Test
    void everyCodeIsDocumentedInTheModuleReadme() throws IOException, IllegalAccessException {
        // Surefire runs in the module directory.
        String readme = Files.readString(Path.of("README.md"));
        for (String code : constants()) {
            assertTrue(readme.contains("`" + code + "`"), "README.md does not document " + code);
        }
        assertTrue(readme.contains("`quality.gopher.top_<n>_gram`"));
        assertTrue(readme.contains("`quality.gopher.dup_<n>_gram`"));
    }
}
