/**
 * Zip-based media hydrus looks inside: ugoira animations ({@link dev.hydrant.media.archive.UgoiraReader}: frame
 * list, size, duration, frames, a frame's pixels) and comic book archives
 * ({@link dev.hydrant.media.archive.ComicCoverReader}: the cover page). Members are read through
 * {@link dev.hydrant.media.sniff.ZipMembers} into memory, at most
 * {@link dev.hydrant.media.archive.ZipMemberLimit#MAX_BYTES} each, and decoded by the still-image loader, whose
 * pixel limit refuses decompression bombs; nothing is ever extracted to disk.
 */
package dev.hydrant.media.archive;
