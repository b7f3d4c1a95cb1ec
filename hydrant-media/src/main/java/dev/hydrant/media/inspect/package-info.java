/**
 * Hydrus's {@code GetFileInfo} for media: {@link dev.hydrant.media.inspect.MediaProbe} answers a
 * {@link dev.hydrant.media.inspect.MediaInfo} (width, height, duration, frames, audio, frame rate) by type:
 * video through ffmpeg's log ({@code VideoInspector}), audio durations ({@code AudioInspector}, with the
 * MP3 Xing frame count), and GIF, APNG and animated WebP timing read from the files' own structure with
 * hydrus's special cases (83 ms for missing, 0 and 10 ms GIF/WebP delays; APNG's 256-byte {@code acTL}
 * window, 1 ms minimum and 100 ms for a zero denominator).
 */
package dev.hydrant.media.inspect;
