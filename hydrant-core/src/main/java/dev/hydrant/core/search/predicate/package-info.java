/**
 * The typed form of a hydrus file search: what {@code /get_files/search_files} is asked for, after the
 * {@code tags} argument has been read and every {@code system:} text parsed.
 *
 * <p>{@link dev.hydrant.core.search.predicate.SearchPredicate} is the root: tags, negated tags,
 * wildcards, namespaces, OR groups and the {@link dev.hydrant.core.search.predicate.SystemPredicate}
 * families. Values are normalised as the search needs them (bytes, pixels, milliseconds, seconds),
 * while the text's own amount and unit are kept where hydrus keeps them. Names of services and URL
 * classes are {@link dev.hydrant.core.search.predicate.ServiceRef references} that a separate step
 * binds to the library's services; the parser never looks anything up.
 */
package dev.hydrant.core.search.predicate;
