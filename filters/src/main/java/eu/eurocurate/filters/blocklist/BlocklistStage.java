package eu.eurocurate.filters.blocklist;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code blocklist} stage: drops a document whose URL is on one of the user's block lists ({@link UrlBlocklist}),
 * naming the list, its version and the matching entry. Cheap (no text is read), so it belongs early in the chain,
 * right after ingest. Thread-safe.
 */
public final class BlocklistStage implements Stage {

    public static final String NAME = "blocklist";
    /** Bump whenever a change can alter a decision. */
    public static final String VERSION = "1";

    /** Kept: the URL is on no list. */
    public static final String OK = "blocklist.ok";
    /** Kept: the document has no URL (or none with a host); nothing to check. */
    public static final String NO_URL = "blocklist.no_url";
    /** Dropped: the URL's host or a parent domain is a domain entry. */
    public static final String DOMAIN = "blocklist.domain";
    /** Dropped: the URL starts with a URL-prefix entry. */
    public static final String URL = "blocklist.url";
    /** Attribute on dropped documents: {@code name@version} of the list that matched. */
    public static final String LIST_ATTRIBUTE = "blocklist.list";

    private final UrlBlocklist blocklist;

    public BlocklistStage(UrlBlocklist blocklist) {
        this.blocklist = Objects.requireNonNull(blocklist, "blocklist");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void process(Document document) {
        if (UrlBlocklist.hostAndPath(document.url()) == null) {
            document.decide(Decision.keep(NAME, VERSION, NO_URL, null));
            return;
        }
        Optional<UrlBlocklist.Match> match = blocklist.match(document.url());
        if (match.isEmpty()) {
            document.decide(Decision.keep(NAME, VERSION, OK, null));
            return;
        }
        UrlBlocklist.Match m = match.get();
        document.attribute(LIST_ATTRIBUTE, m.list().toString());
        document.decide(Decision.drop(NAME, VERSION, m.domain() ? DOMAIN : URL, null, m.list() + ": " + m.entry()));
    }
}
