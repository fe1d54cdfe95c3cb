package eu.eurocurate.licensing;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;
import eu.eurocurate.core.config.LicensingConfig;

import java.util.ArrayList;
import java.util.List;

class LicensingStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new LicensingStage(Configs.licensing("2026-11-26", List.copyOf(LicensingConfig.SIGNALS), true));
    }

    @Override
    protected List<Document> sampleDocuments() {
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (String page : List.of(Pages.EBB_ORG, Pages.WIKIPEDIA, Pages.GOOGLE_SRE_BOOK, Pages.PANARMENIAN)) {
            docs.add(doc(i++).markup(Pages.load(page)));
        }
        docs.add(doc(i++).markup(OptOutDetectorTest.TDMREP_META_EXAMPLE));
        docs.add(doc(i++).header("tdm-reservation", "1").header("x-robots-tag", "noai, noimageai")
                .header("link", "<https://creativecommons.org/licenses/by/4.0/>; rel=license"));
        docs.add(doc(i).contentType("application/pdf"));
        return docs;
    }

    private static Document doc(int i) {
        return new Document("licensing-" + i, new SourceLocator("sample.warc.gz", i * 1000L, 1000, null, "response"))
                .url("https://example.com/" + i).contentType("text/html").text("text");
    }
}
