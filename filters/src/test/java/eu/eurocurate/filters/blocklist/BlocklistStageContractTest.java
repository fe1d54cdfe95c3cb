package eu.eurocurate.filters.blocklist;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;

import java.util.List;

class BlocklistStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        return new BlocklistStage(BlocklistStageTest.LISTS);
    }

    @Override
    protected List<Document> sampleDocuments() {
        return List.of(BlocklistStageTest.doc("https://www.badsite.example/"),
                BlocklistStageTest.doc("https://shop.example/adult/a"),
                BlocklistStageTest.doc("https://europa.eu/"),
                BlocklistStageTest.doc(null));
    }
}
