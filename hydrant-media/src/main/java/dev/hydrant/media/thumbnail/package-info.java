/**
 * Thumbnails as hydrus makes them.
 *
 * <p>{@link dev.hydrant.media.thumbnail.ThumbnailSizing} predicts the size (hydrus's
 * {@code GetThumbnailResolution}); {@link dev.hydrant.media.thumbnail.ThumbnailMaker} resizes pixels with
 * hydrus's interpolation and encodes them (JPEG 92, or PNG when an alpha channel is kept);
 * {@link dev.hydrant.media.thumbnail.FileThumbnailer} makes the thumbnail and blurhash for a file of any
 * type (stills, video and animation frames through ffmpeg, PSD previews, fallback icons);
 * {@link dev.hydrant.media.thumbnail.FallbackIcon} holds our own icons at hydrus's sizes.
 */
package dev.hydrant.media.thumbnail;
