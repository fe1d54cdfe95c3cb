package eu.eurocurate.filters.pii;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;

import java.util.List;

class PiiStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new PiiStage(PiiTestSupport.with("pii.drop_dense=true"));
    }

    @Override
    protected List<Document> sampleDocuments() {
        return List.of(
                PiiStageTest.doc("Kontakt: anna@beispiel.de oder 030 12345678.", "https://beispiel.de/", "deu_Latn"),
                PiiStageTest.doc("Tietosuoja: henkilötunnus 131052-308T ja IBAN FI21 1234 5600 0007 85.",
                        "https://esimerkki.fi/", "fin_Latn"),
                PiiStageTest.doc("Il-Belt Valletta hija l-kapitali ta' Malta. Ċempel +356 2122 4101.", null, "mlt_Latn"),
                PiiStageTest.doc("a@example.org b@example.org", null, null),
                PiiStageTest.doc("Нищо лично тук.", "https://example.bg/", "bul_Cyrl"));
    }
}
