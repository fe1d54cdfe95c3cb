package eu.eurocurate.filters;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;

import java.util.ArrayList;
import java.util.List;

class QualityStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new QualityStage(Samples.defaults());
    }

    @Override
    protected List<Document> sampleDocuments() {
        List<Document> docs = new ArrayList<>(Samples.allSamples());
        // Plus documents that are dropped, so the contract also covers every drop path.
        docs.add(Samples.document("short", "Subscribe to our newsletter.", "eng_Latn"));
        docs.add(Samples.document("repeated", "Share this page.\n\n".repeat(20), "eng_Latn"));
        docs.add(Samples.document("code", Samples.englishProse() + "\nvar x = { a: 1 };", "eng_Latn"));
        docs.add(Samples.document("unlabelled", Samples.englishProse(), null));
        return docs;
    }
}
