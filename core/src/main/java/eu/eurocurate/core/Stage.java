package eu.eurocurate.core;

/**
 * A per-document pipeline step: plain Java, no Spark types, usable on a single document in a unit test.
 *
 * <p>The contract (checked for every stage by {@code StageContractTest} in this module's test-jar):
 * <ul>
 *   <li>{@link #process} appends exactly one {@link Decision} whose stage is {@link #name()} and whose reason code
 *       starts with {@code name() + "."};</li>
 *   <li>it never throws on bad input (empty text, null text, binary junk): a bad document gets a drop decision;</li>
 *   <li>it is deterministic: the same document and configuration give the same decision and attributes;</li>
 *   <li>it is thread-safe, or documents that it is not; heavy resources (models, parsers) are built once, in the
 *       constructor or a factory, and shared by all calls.</li>
 * </ul>
 */
public interface Stage extends AutoCloseable {

    /** Stable stage name, used as the prefix of every reason code and attribute it writes. */
    String name();

    /** Version of this stage's logic, recorded with each decision. */
    String version();

    /** Examines the document and appends one decision (and any attributes or scores). */
    void process(Document document);

    /** Releases heavy resources. Most stages hold none. */
    @Override
    default void close() {
    }
}
