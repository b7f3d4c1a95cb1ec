/**
 * Tags as hydrus understands them: {@link dev.hydrant.core.tags.TagCleaner} (the normal form of a tag,
 * hydrus's {@code CleanTag}), {@link dev.hydrant.core.tags.Tag} (namespace and subtag),
 * {@link dev.hydrant.core.tags.SearchTag} (a tag term of a search), and the orders tags are listed in:
 * {@link dev.hydrant.core.tags.HumanTextOrder} (hydrus's human sort) and
 * {@link dev.hydrant.core.tags.CodePointOrder} (Python's string order).
 *
 * <p>Hydrus runs these rules on Python {@code str} values, so the package reproduces Python's string
 * semantics where Java's differ: {@code str.lower} and {@code str.casefold} ({@code PythonCase}),
 * {@code str.isspace} and {@code str.isdecimal} ({@code UnicodeProperties}), code point comparison.
 * The tests replay tables and cases generated with Python ({@code src/test/python}).
 */
package dev.hydrant.core.tags;
