package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StopWordTableTest {

    private static int indexOf(StopWordTable table, String text) {
        char[] cs = text.toCharArray();
        return table.indexOf(cs, 0, cs.length);
    }

    @Test
    void findsWordsIgnoringCase() {
        StopWordTable table = StopWordTable.of(Set.of("the", "über", "und"));
        assertEquals(3, table.size());
        assertNotEquals(-1, indexOf(table, "The"));
        assertNotEquals(-1, indexOf(table, "THE"));
        assertNotEquals(-1, indexOf(table, "Über"));
        assertEquals(indexOf(table, "und"), indexOf(table, "UND"));
        assertEquals(-1, indexOf(table, "then"));
        assertEquals(-1, indexOf(table, "th"));
        assertEquals(-1, indexOf(table, ""));
    }

    @Test
    void findsAWordInsideLongerText() {
        StopWordTable table = StopWordTable.of(Set.of("and"));
        char[] cs = "bread and butter".toCharArray();
        assertNotEquals(-1, table.indexOf(cs, 6, 9));
        assertEquals(-1, table.indexOf(cs, 0, 5));
    }

    @Test
    void foldsGreekFinalSigma() {
        StopWordTable table = StopWordTable.of(Set.of("τους"));
        assertNotEquals(-1, indexOf(table, "ΤΟΥΣ"));
        assertNotEquals(-1, indexOf(table, "τουσ"));
    }
}
