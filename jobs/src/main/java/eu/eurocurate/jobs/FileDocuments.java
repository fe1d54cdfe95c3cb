package eu.eurocurate.jobs;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.StageChain;
import eu.eurocurate.ingest.DocumentStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the processed rows of one input file: opens it through Hadoop's FileSystem, reads records one at a time
 * with the ingestor, runs the per-document stages on each, and converts it to a row. Only one record is in memory
 * at a time, whatever the file size. A file that cannot even be opened becomes one ledger row
 * ({@code input.unreadable}) instead of a failed task.
 */
final class FileDocuments implements Iterator<Row> {

    private static final Logger LOG = LoggerFactory.getLogger(FileDocuments.class);

    /** Stage name for failures before any record could be read. */
    static final String INPUT_STAGE = "input";
    static final String UNREADABLE = "input.unreadable";

    private final InputFile file;
    private final ExecutorResources resources;
    private final StageChain chain;
    private final Configuration conf;
    private final boolean keepMarkup;
    private FSDataInputStream in;
    private DocumentStream stream;
    private Document single;
    private long records;
    private final long started = System.nanoTime();

    FileDocuments(InputFile file, Configuration conf, ExecutorResources resources, StageChain chain) {
        this(file, conf, resources, chain, false);
    }

    /**
     * @param chain      the stages to run on each record (the whole chain, or those before the site-level pass)
     * @param keepMarkup keep the raw HTML of documents still kept, for the site-level pass ({@link SiteOptOutJoin})
     */
    FileDocuments(InputFile file, Configuration conf, ExecutorResources resources, StageChain chain, boolean keepMarkup) {
        this.keepMarkup = keepMarkup;
        this.file = file;
        this.resources = resources;
        this.chain = chain;
        this.conf = conf;
        try {
            Path path = new Path(file.path());
            in = path.getFileSystem(conf).open(path);
            if (file.kind() == InputFile.Kind.WARC) {
                stream = resources.ingestor.readWarc(file.path(), in);
            } else {
                single = resources.ingestor.readRawFile(file.path(), file.relativePath(), in);
                closeQuietly();
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            single = unreadable(file, e);
        }
    }

    static Document unreadable(InputFile file, Exception e) {
        Document d = new Document(DocumentIds.forRawFile(file.relativePath(), "unreadable"),
                new SourceLocator(file.path(), 0, file.length(), null, "file"));
        d.decide(Decision.drop(INPUT_STAGE, "1", UNREADABLE, null, e.getClass().getSimpleName() + ": " + e.getMessage()));
        return d;
    }

    @Override
    public boolean hasNext() {
        if (single != null) {
            return true;
        }
        if (stream == null) {
            return false;
        }
        boolean more = stream.hasNext();
        if (!more) {
            closeQuietly();
            LOG.info("read {}: {} records in {} ms", file.path(), records, (System.nanoTime() - started) / 1_000_000);
        }
        return more;
    }

    @Override
    public Row next() {
        Document d;
        if (single != null) {
            d = single;
            single = null;
        } else if (stream != null && stream.hasNext()) {
            d = stream.next();
        } else {
            throw new NoSuchElementException();
        }
        records++;
        // robots.txt and tdmrep.json captures keep their payload for the site-level opt-out join (SiteOptOutJoin).
        Row capture = SiteCaptures.capture(d, conf);
        chain.process(d);
        Row row = DocumentRows.toRow(d, capture, keepMarkup);
        d.releaseTransient();
        return row;
    }

    private void closeQuietly() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (Exception e) {
            LOG.warn("closing {}: {}", file.path(), e.toString());
        }
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            LOG.warn("closing {}: {}", file.path(), e.toString());
        }
        stream = null;
        in = null;
    }
}
