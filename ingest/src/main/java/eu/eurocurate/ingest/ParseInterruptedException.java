package eu.eurocurate.ingest;

/**
 * Thrown from inside a parse (HTML rendering, a Tika content handler) when {@link ParseLimiter} has interrupted the
 * thread because the time limit passed: it unwinds the parser promptly, so the worker thread is free again instead of
 * finishing a parse nobody waits for.
 */
final class ParseInterruptedException extends RuntimeException {

    ParseInterruptedException() {
        super("parse interrupted: time limit reached", null, false, false);
    }
}
