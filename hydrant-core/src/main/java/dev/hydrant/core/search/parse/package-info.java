/**
 * Hydrus's {@code system:} predicate text grammar: {@link dev.hydrant.core.search.parse.SystemPredicateParser}
 * turns one text into a {@link dev.hydrant.core.search.predicate.SystemPredicate}, accepting and refusing
 * exactly what hydrus 682 accepts and refuses, with its 400 texts.
 *
 * <p>Hydrus matches predicate names with regular expressions tried in a fixed order, then reads an
 * operator, a value and a unit, each from the text the previous step left. This package keeps that
 * order and those steps ({@code NameRules} is the ordered table), but reads operators and values with
 * hand-written scanners instead of backtracking regexes, so that very long texts cost linear time.
 * Where a scanner stands in for a regular expression, its comment gives the expression it reproduces.
 *
 * <p>Python's string rules are kept: {@code str.strip} and {@code \s} use Python's whitespace,
 * {@code \d} is any Unicode decimal digit, {@code .} is anything but a line feed.
 */
package dev.hydrant.core.search.parse;
