package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Collection;

/**
 * Changing files' times inside a file transaction ({@link FileWrites#times()}): plain table operations, the rules
 * (which times may be edited) live in the use cases. Every method takes a batch and is one statement or two
 * whatever its size. Archive times are {@link FileWrites#setArchivedTime}.
 */
public interface FileTimeWrites {
    /** Sets the modified time {@code domain} gave the files (adding it where they had none). */
    void setDomainModified(Collection<Long> fileIds, String domain, long ms);

    void clearDomainModified(Collection<Long> fileIds, String domain);

    /** Changes the recorded file modified time of imported files (the file on disk is untouched). */
    void setFileModified(Collection<Long> fileIds, long ms);

    /** Changes when files currently in {@code service} arrived there; files not there are left alone. */
    void setImported(ByteKey service, Collection<Long> fileIds, long ms);

    /** Changes the deletion time of the files' deletion records in {@code service}. */
    void setDeleted(ByteKey service, Collection<Long> fileIds, long ms);

    /** Changes the import time kept with the files' deletion records in {@code service}. */
    void setPreviouslyImported(ByteKey service, Collection<Long> fileIds, long ms);

    /** Changes the last viewed time of files that have statistics on {@code canvas}. */
    void setLastViewed(CanvasType canvas, Collection<Long> fileIds, long ms);

    /**
     * Adds views and viewing time on a canvas (statistics start at zero where there were none) and sets the last
     * viewed time to {@code lastViewedMs}, which may be null.
     */
    void addViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views, long viewtimeMs);

    /**
     * Sets views and viewing time on a canvas; the last viewed time becomes {@code lastViewedMs} when given, else
     * stays, or is {@code newStatisticsLastViewedMs} for files that had no statistics there.
     */
    void setViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views, long viewtimeMs,
                  long newStatisticsLastViewedMs);
}
