package eu.eurocurate.export;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;
import eu.eurocurate.core.config.ExportConfig;

import java.util.ArrayList;
import java.util.List;

class TokenizeStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new TokenizeStage(new ExportConfig("o200k_base", 134_217_728L, "zstd"));
    }

    @Override
    protected List<Document> sampleDocuments() {
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (String language : List.of("el", "ka", "bg", "de")) {
            docs.add(new Document("export-" + i, new SourceLocator("sample.warc.gz", i, 1, null, "response"))
                    .text(Sentences.of(language)));
            i++;
        }
        return docs;
    }
}
