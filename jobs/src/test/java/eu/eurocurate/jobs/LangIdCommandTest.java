package eu.eurocurate.jobs;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LangIdCommandTest {

    /**
     * One label and score per input line, from the pipeline's n-gram identifier: Luxembourgish (which plain Lingua
     * cannot name), German, and a Japanese line with a Latin word ('und': no model writes Japanese).
     */
    @Test
    void printsOneLabelAndScorePerLineWithThePipelinesIdentifier() {
        String input = String.join("\n",
                "D'Regierung huet haut decidéiert, datt d'Steieren erofgesat ginn.",
                "Die Bundesregierung hat heute beschlossen, die Steuern zu senken.",
                "東京は日本の首都であり、多くの人々が毎日電車で通勤しています。Home") + "\n";
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = new CommandLine(new LangIdCommand()).execute("--set", "langid.accuracy=low");
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertEquals(0, code);
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("ltz_Latn\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("deu_Latn\t"), lines.get(1));
        assertEquals("und\t0.0000", lines.get(2));
        double score = Double.parseDouble(lines.get(1).split("\t")[1]);
        assertTrue(score > 0.9 && score <= 1.0, lines.get(1));
    }
}
