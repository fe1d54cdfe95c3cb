package eu.eurocurate.licensing;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;
import eu.eurocurate.core.config.LicensingConfig.RemovalRequest;

import java.util.List;

class RemovalStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new RemovalStage(List.of(new RemovalRequest("TD-1", "domain", "example.com"),
                new RemovalRequest("TD-2", "url", "https://example.org/a")));
    }

    @Override
    protected List<Document> sampleDocuments() {
        return List.of(doc(0, "https://www.example.com/x"), doc(1, "https://example.org/a"),
                doc(2, "https://example.org/b"), doc(3, null));
    }

    private static Document doc(int i, String url) {
        return new Document("removal-" + i, new SourceLocator("sample.warc.gz", i * 1000L, 1000, null, "response"))
                .url(url).contentType("text/html").text("text");
    }
}
