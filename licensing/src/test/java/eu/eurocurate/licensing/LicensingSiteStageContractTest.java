package eu.eurocurate.licensing;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.StageContractTest;

import java.util.ArrayList;
import java.util.List;

/** The Stage contract for {@link LicensingStage#forSite}: the licensing stage bound to one origin's site policy. */
class LicensingSiteStageContractTest extends StageContractTest {

    @Override
    protected Stage createStage() {
        LicensingStage licensing = new LicensingStage(Configs.defaults());
        return licensing.forSite(licensing.site(new SiteResources("https://example.com",
                new SiteResource("User-agent: GPTBot\nDisallow: /private/\n\nUser-agent: *\n"
                        + "Content-Signal: search=yes, ai-train=no\nDisallow: /closed/\n", 200, "r.warc.gz@0",
                        "2024-05-01T00:00:00Z"),
                new SiteResource(TdmRepFileTest.SPEC_EXAMPLE, 200, "t.warc.gz@0", "2024-05-01T00:00:00Z"))));
    }

    @Override
    protected List<Document> sampleDocuments() {
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (String path : List.of("/", "/private/a", "/closed/b", "/directory-a/c", "/directory-b/images/d.jpg")) {
            docs.add(new Document("site-" + i, new SourceLocator("sample.warc.gz", i * 1000L, 1000, null, "response"))
                    .url("https://example.com" + path).contentType("text/html").text("text")
                    .markup(i % 2 == 0 ? Pages.load(Pages.EBB_ORG) : "<p>x</p>"));
            i++;
        }
        return docs;
    }
}
