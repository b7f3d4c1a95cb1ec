/**
 * Thumbnail sizing (hydrus's {@code GetThumbnailResolution} with the client's default options) and
 * thumbnail generation with hydrus's choice of interpolation and file format.
 */
package dev.hydrant.media.thumbnail;
