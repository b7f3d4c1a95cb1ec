/**
 * File search as the Client API asks for it: {@link dev.hydrant.core.search.SearchTermsReader} reads the
 * {@code tags} argument of {@code /get_files/search_files} into {@link dev.hydrant.core.search.SearchTerms}
 * (the typed predicates of {@code dev.hydrant.core.search.predicate}, with every {@code system:} text
 * parsed by {@link dev.hydrant.core.search.parse.SystemPredicateParser} and its service names bound by
 * {@link dev.hydrant.core.search.PredicateResolver}); {@link dev.hydrant.core.search.FileSortType} is the
 * {@code file_sort_type} argument.
 */
package dev.hydrant.core.search;
