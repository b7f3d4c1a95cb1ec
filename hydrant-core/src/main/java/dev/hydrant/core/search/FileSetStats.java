package dev.hydrant.core.search;

/**
 * What {@code /manage_database/mr_bones} reports about a set of files (hydrus's "boned stats").
 *
 * @param numDeleted           files of the set's domain deleted from it, or null when the domain keeps no deletions
 * @param earliestImportMs     the earliest import time among the files, or null when there are none
 * @param mediaViews           views and viewing time (seconds) on the media viewer and the preview viewer
 */
public record FileSetStats(long numInbox, long numArchive, long sizeInbox, long sizeArchive, Long numDeleted,
                           Long sizeDeleted, Long earliestImportMs, long mediaViews, double mediaViewtimeS,
                           long previewViews, double previewViewtimeS, long alternateGroups, long alternateFiles,
                           long duplicateFiles) {
}
