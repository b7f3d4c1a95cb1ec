/**
 * The in-memory indexes and the file search engine: {@link dev.hydrant.index.TagWordIndex} (tag vocabulary and word
 * index for autocomplete), {@link dev.hydrant.index.PostingMappingIndex} (current/pending postings: sorted arrays
 * for small tags, Roaring bitmaps for large), {@link dev.hydrant.index.FileColumns} (one primitive array per file
 * attribute), {@link dev.hydrant.index.SearchEngine} (the core {@code SearchIndex} port: plan, tag sets, system
 * predicates, sorting) and {@link dev.hydrant.index.IndexSnapshot} (all of it written at close and read at open).
 */
package dev.hydrant.index;
