package dev.hydrant.core.search.predicate;

/**
 * A {@code system:} predicate: a test on a file's properties rather than on its tags. One record per
 * family of hydrus's grammar.
 */
public sealed interface SystemPredicate extends SearchPredicate
        permits EverythingPredicate, InboxPredicate, FileNumberPredicate, RatioPredicate, PixelCountPredicate,
        FileSizePredicate, TagCountPredicate, ViewingPredicate, TimePredicate, HashPredicate,
        SimilarFilesPredicate, SimilarDataPredicate, LimitPredicate, FiletypePredicate, FileServicePredicate,
        UrlPredicate, TagAsNumberPredicate, NoteNamePredicate, RatingPredicate, RatingAdvancedPredicate,
        AdvancedTagPredicate, RelationshipCountPredicate, BestQualityPredicate, FileFlagPredicate {
}
