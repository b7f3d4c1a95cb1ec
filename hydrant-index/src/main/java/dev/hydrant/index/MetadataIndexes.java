package dev.hydrant.index;

/**
 * The in-memory indexes of the per-file metadata families other than tags and file records, which the search engine
 * reads for their system predicates. Each is loaded from the store when the library opens and kept current by its
 * family's use case after every commit.
 *
 * @param notes   note names per file ({@code system:has notes}, {@code number of notes}, {@code has note with name})
 * @param ratings ratings per rating service and file (the rating predicates)
 * @param urls    known URLs per file (the URL predicates and {@code number of urls})
 * @param times   domain modified times and viewing statistics (time and views predicates and sorts)
 * @param similar perceptual hashes and pixel-hash groups ({@code system:similar to})
 */
public record MetadataIndexes(NoteNames notes, RatingColumns ratings, UrlSearchIndex urls, TimeColumns times,
                              SimilarFilesIndex similar) {
    /** Indexes that hold nothing (for engines over tags and file records only). */
    public static MetadataIndexes empty() {
        return new MetadataIndexes(new NoteNames(), new RatingColumns(),
                new UrlSearchIndex(dev.hydrant.core.urls.UrlClassCatalog.empty()), new TimeColumns(),
                new SimilarFilesIndex());
    }
}
