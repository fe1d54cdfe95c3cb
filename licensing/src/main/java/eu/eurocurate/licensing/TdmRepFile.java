package eu.eurocurate.licensing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A site's {@code /.well-known/tdmrep.json} (W3C TDM Reservation Protocol, Final Community Group Report, 2024,
 * "TDM File on the Origin Server"): a JSON array of rules {@code {"location": <pattern>, "tdm-reservation": 0|1,
 * "tdm-policy": <url>}}, {@code location} and {@code tdm-reservation} mandatory. A URL takes the first rule whose
 * location pattern matches its path ("The most specific match is the first in sequence"); no match leaves
 * {@code tdm-reservation} unset. Patterns use robots.txt's {@code *} and {@code $} ({@link PathPattern}).
 *
 * <p>A capture that is not a 2xx (or status unknown with a body) means the origin "does not implement this protocol"
 * (same section); a body that is not a JSON array is a protocol error and gives no rule. A rule whose
 * {@code tdm-reservation} is neither 0 nor 1 (the number or the one-digit string) still matches, but leaves the
 * property unset ("Other values are considered protocol errors"). Immutable and thread-safe.
 */
public final class TdmRepFile implements Serializable {

    /** What the capture allowed us to know. */
    public enum Status {
        NOT_CAPTURED("not_captured"),
        PARSED("parsed"),
        /** Not a 2xx: the origin does not implement the protocol. */
        ABSENT("absent"),
        /** 2xx but not a JSON array of rules. */
        INVALID("invalid");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Bodies larger than this are not parsed (a site-wide rule file is a few hundred bytes). */
    static final int MAX_CHARS = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One rule.
     *
     * @param location    the pattern as written
     * @param reservation 1, 0, or -1 when the value is a protocol error (unset)
     * @param policy      the {@code tdm-policy} URL, or null
     */
    public record Rule(String location, int reservation, String policy) implements Serializable {
    }

    private final Status status;
    private final List<Rule> rules;
    private final List<PathPattern> patterns;

    private TdmRepFile(Status status, List<Rule> rules) {
        this.status = status;
        this.rules = List.copyOf(rules);
        List<PathPattern> p = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            p.add(PathPattern.of(locationPath(r.location())));
        }
        this.patterns = List.copyOf(p);
    }

    /** Parses a capture (null: the crawl has none). */
    public static TdmRepFile parse(SiteResource capture) {
        if (capture == null || (capture.httpStatus() == 0 && capture.body() == null)) {
            return new TdmRepFile(Status.NOT_CAPTURED, List.of());
        }
        int code = capture.httpStatus();
        if (code != 0 && (code < 200 || code >= 300)) {
            return new TdmRepFile(Status.ABSENT, List.of());
        }
        String body = capture.body();
        if (body == null || body.length() > MAX_CHARS) {
            return new TdmRepFile(Status.INVALID, List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(body.strip().startsWith("\uFEFF") ? body.strip().substring(1) : body);
        } catch (JsonProcessingException e) {
            return new TdmRepFile(Status.INVALID, List.of());
        }
        if (root == null || !root.isArray()) {
            return new TdmRepFile(Status.INVALID, List.of());
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : root) {
            JsonNode location = rule.get("location");
            if (!rule.isObject() || location == null || !location.isTextual()) {
                continue; // location is mandatory: a rule without it cannot match anything
            }
            JsonNode policy = rule.get("tdm-policy");
            rules.add(new Rule(location.asText(), reservation(rule.get("tdm-reservation")),
                    policy != null && policy.isTextual() && !policy.asText().isBlank() ? policy.asText().strip()
                            : null));
        }
        return new TdmRepFile(Status.PARSED, rules);
    }

    private static int reservation(JsonNode value) {
        if (value == null) {
            return -1;
        }
        if (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1) && value.canConvertToInt()) {
            return value.asInt();
        }
        if (value.isTextual() && (value.asText().strip().equals("0") || value.asText().strip().equals("1"))) {
            return Integer.parseInt(value.asText().strip());
        }
        return -1;
    }

    /** A location written as an absolute URL is read as its path. */
    private static String locationPath(String location) {
        String l = location.strip();
        return l.contains("://") ? PathPattern.pathAndQuery(l) : l;
    }

    public Status status() {
        return status;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule whose location matches the URL's path, if any. */
    public Optional<Rule> match(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = PathPattern.pathAndQuery(url);
        for (int i = 0; i < rules.size(); i++) {
            if (patterns.get(i).matches(path)) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }
}
