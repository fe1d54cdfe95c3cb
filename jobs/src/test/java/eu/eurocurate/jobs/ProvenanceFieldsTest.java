package eu.eurocurate.jobs;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceFieldsTest {

    @Test
    void registeredDomainFollowsThePublicSuffixList() {
        assertEquals("bbc.co.uk", ProvenanceFields.registeredDomain("www.bbc.co.uk"));
        assertEquals("b.gov.pl", ProvenanceFields.registeredDomain("a.b.gov.pl"));
        assertEquals("alice.github.io", ProvenanceFields.registeredDomain("alice.github.io"), "private suffixes count");
        assertEquals("www.de.example", ProvenanceFields.registeredDomain("www.de.example"), "unknown suffix: the host itself");
        assertEquals("203.0.113.7", ProvenanceFields.registeredDomain("203.0.113.7"));
        assertNull(ProvenanceFields.registeredDomain(null));
    }

    @Test
    void signalsAreParsedWithTheirValuesAndWhereTheyWereRead() {
        Map<String, String> attributes = new TreeMap<>();
        // The example of licensing/README.md, plus a header and a tdmrep.json rule.
        attributes.put(ProvenanceFields.PAGE_SIGNALS,
                "robots_txt_ai=GPTBot+CCBot,tdm_reservation_meta=0,content_usage_header=train-ai=n, noai_meta,tdmrep_json=1");
        attributes.put(ProvenanceFields.ROBOTS_COPY, "parsed status=200 a.warc.gz@42 (latest_at_or_before_page) 2024-05-18T02:39:44Z");
        List<Row> s = ProvenanceFields.optOutSignals(attributes);
        assertEquals(5, s.size());
        assertEquals("robots_txt_ai", s.get(0).getAs("signal"));
        assertEquals("GPTBot+CCBot", s.get(0).getAs("value"));
        assertEquals("robots.txt parsed status=200 a.warc.gz@42 (latest_at_or_before_page) 2024-05-18T02:39:44Z",
                s.get(0).getAs("source"));
        assertEquals("html_meta", s.get(1).getAs("source"));
        assertEquals("0", s.get(1).getAs("value"));
        assertEquals("train-ai=n", s.get(2).getAs("value"), "only the first '=' separates name and value");
        assertEquals("http_header", s.get(2).getAs("source"));
        assertNull(s.get(3).getAs("value"));
        assertEquals("tdmrep.json", s.get(4).getAs("source"), "no copy recorded: the kind alone");
        assertTrue(ProvenanceFields.optOutSignals(Map.of()).isEmpty());
    }

    @Test
    void piiCountsComeFromThePiiScores() {
        Map<String, Double> scores = new TreeMap<>(Map.of("pii.count.email", 2.0, "pii.count.national_id.de_tax_id", 1.0,
                "pii.density", 0.01, "quality.gopher.word_count", 120.0));
        assertEquals(Map.of("email", 2L, "national_id.de_tax_id", 1L), ProvenanceFields.piiCounts(scores));
    }
}
