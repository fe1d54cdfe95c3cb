package eu.eurocurate.jobs;

import eu.eurocurate.core.config.IngestConfig;
import eu.eurocurate.ingest.Ingestor;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the {@code --input} arguments (files, directories, globs; any Hadoop FileSystem scheme) into a sorted,
 * de-duplicated list of files. Only paths and sizes reach the driver, never contents. Hidden files ({@code .x},
 * {@code _SUCCESS}) are ignored, as Hadoop's own input formats do.
 */
public final class InputLister {

    private InputLister() {
    }

    public static List<InputFile> list(List<String> inputs, Configuration conf, IngestConfig ingest) {
        Map<String, InputFile> found = new LinkedHashMap<>();
        for (String input : inputs) {
            try {
                Path pattern = new Path(input);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("input '" + input + "' matches no file");
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        Path root = match.getPath();
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hidden(root, f.getPath())) {
                                add(found, f, relative(root, f.getPath()), ingest);
                            }
                        }
                    } else {
                        add(found, match, match.getPath().getName(), ingest);
                    }
                }
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("input '" + input + "' does not exist", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input '" + input + "'", e);
            }
        }
        List<InputFile> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(InputFile::path));
        return out;
    }

    private static void add(Map<String, InputFile> found, FileStatus f, String relative, IngestConfig ingest) {
        String path = f.getPath().toString();
        InputFile.Kind kind = Ingestor.isWarc(path) ? InputFile.Kind.WARC
                : Ingestor.isRawFile(path, ingest) ? InputFile.Kind.RAW : InputFile.Kind.UNSUPPORTED;
        found.putIfAbsent(path, new InputFile(path, relative, f.getLen(), kind));
    }

    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        String r = root.toUri().getPath();
        String f = file.toUri().getPath();
        String rel = f.startsWith(r) ? f.substring(r.length()) : f;
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        return root.getName() + "/" + rel;
    }
}
