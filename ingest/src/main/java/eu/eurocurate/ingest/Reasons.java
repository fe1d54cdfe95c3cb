package eu.eurocurate.ingest;

/**
 * Every reason code the ingest stage writes, in one place (each is documented, with the value it records, in the
 * module's README.md). Codes are stable: the ledger of every past run is queried by them.
 */
public final class Reasons {

    /** Stage name: the prefix of every code below and of every attribute ingest writes. */
    public static final String STAGE = "ingest";
    /** Version of the ingest logic, recorded with each decision; bumped whenever extracted text can change. */
    public static final String VERSION = "1";

    /** KEEP: text extracted; value = text length in chars. */
    public static final String OK = "ingest.ok";
    /** DROP: a WARC record type that carries no document (warcinfo, request, metadata, continuation, ...); detail = WARC-Type. */
    public static final String RECORD_TYPE = "ingest.record_type";
    /** DROP: a revisit record (a pointer to an earlier capture, no payload of its own); detail = WARC-Profile. */
    public static final String REVISIT = "ingest.revisit";
    /** DROP: HTTP status not in ingest.keep_http_status; value = the status. */
    public static final String HTTP_STATUS = "ingest.http_status";
    /** DROP: a response record whose HTTP message cannot be parsed or decoded; detail = the parser's message. */
    public static final String HTTP_MALFORMED = "ingest.http_malformed";
    /** DROP: payload type that is not text, HTML or a parsed document format; detail = the media type. */
    public static final String CONTENT_TYPE = "ingest.content_type";
    /** DROP: payload (or raw file) larger than ingest.max_record_bytes, not parsed; value = its size in bytes. */
    public static final String TOO_LARGE = "ingest.too_large";
    /** DROP: parsing took longer than ingest.max_parse_millis and was abandoned; value = the limit in ms. */
    public static final String PARSE_TIMEOUT = "ingest.parse_timeout";
    /** DROP: the parser failed on the payload (broken file, unsupported variant); detail = exception and message. */
    public static final String PARSE_ERROR = "ingest.parse_error";
    /** DROP: password-protected or encrypted document whose text cannot be read; detail = the parser's message. */
    public static final String ENCRYPTED = "ingest.encrypted";
    /** DROP: extracted text shorter than ingest.min_text_chars; value = text length in chars. */
    public static final String EMPTY_TEXT = "ingest.empty_text";
    /**
     * DROP: bytes of a WARC file that do not form a readable record (bad header, corrupt gzip member, wrong length),
     * followed by a readable record; value = byte offset where the unreadable range starts; detail = the error.
     */
    public static final String CORRUPT_RECORD = "ingest.corrupt_record";
    /**
     * DROP: an unreadable range that runs to the end of the file (truncated file, no record boundary found after an
     * error); value = byte offset where it starts; detail = the error.
     */
    public static final String CORRUPT_FILE = "ingest.corrupt_file";

    private Reasons() {
    }
}
