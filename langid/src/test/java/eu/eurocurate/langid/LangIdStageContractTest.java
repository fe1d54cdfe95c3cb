package eu.eurocurate.langid;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;

import java.util.ArrayList;
import java.util.List;

class LangIdStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return LangIdStage.create(LidFixtures.lowDefaults());
    }

    @Override
    protected List<Document> sampleDocuments() {
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (String[] row : LidFixtures.tsv("cld2-snippets.tsv")) {
            docs.add(new Document("cld2-" + i, new SourceLocator("cld2.tsv", i, 1, null, "file")).text(row[3]));
            i++;
        }
        docs.add(new Document("digits", new SourceLocator("x.warc", 0, 1, null, "response")).text("0800 123 456"));
        return docs;
    }
}
