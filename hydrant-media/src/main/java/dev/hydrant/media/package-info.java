/**
 * Hydrant media module: everything hydrus works out from a file's bytes.
 *
 * <ul>
 *   <li>{@code sniff}: the filetype, with hydrus's rules ({@code FileTypeSniffer});</li>
 *   <li>{@code inspect}: dimensions, duration, frames and audio ({@code MediaProbe});</li>
 *   <li>{@code image}: still images decoded to hydrus's normalised pixels;</li>
 *   <li>{@code hashes}: pixel hash, perceptual hashes, blurhash;</li>
 *   <li>{@code thumbnail}: thumbnail sizing, thumbnails for every type ({@code FileThumbnailer}), fallback icons;</li>
 *   <li>{@code render}: {@code /get_files/render} bytes ({@code ImageRenderer});</li>
 *   <li>{@code ffmpeg}: locating and running the bundled ffmpeg/ffprobe executables.</li>
 * </ul>
 *
 * Failures a file can cause are {@link dev.hydrant.media.MediaException}s (damaged files:
 * {@link dev.hydrant.media.DamagedMediaException}) whose message is the import note to show.
 */
package dev.hydrant.media;
