/**
 * Filetype sniffing with hydrus 682's rules.
 *
 * <p>{@link dev.hydrant.media.sniff.FileTypeSniffer} is the entry point; it answers a
 * {@link dev.hydrant.media.sniff.SniffResult} (a {@link dev.hydrant.core.files.FileType} and, for files
 * hydrus refuses, a {@link dev.hydrant.media.sniff.Refusal} carrying hydrus's note).
 *
 * <p>How a file is placed, in hydrus's order:
 * <ol>
 *   <li>empty: refused, "File is of zero length!";</li>
 *   <li>the signature table over the first 256 bytes ({@code MagicTable}); undetermined results get a
 *       second look: png/apng ({@code PngAnimation}), gif ({@code GifAnimation}), webp
 *       ({@code WebpAnimation}), jxl ({@code JxlAnimation}), zip kinds ({@code ZipTypeRules}), OLE
 *       documents ({@code OleDocument}), mp4 family ({@code IsoBmffReader}) and ASF ({@code AsfReader}),
 *       the last two through {@link dev.hydrant.media.sniff.ContainerTypeRules};</li>
 *   <li>JSON, HTML, SVG ({@code TextSniffing});</li>
 *   <li>the containers hydrus hands to ffmpeg ({@code ContainerSniffer}), described as ffmpeg would
 *       ({@link dev.hydrant.media.sniff.ContainerReport}) and placed by
 *       {@link dev.hydrant.media.sniff.ContainerTypeRules};</li>
 *   <li>an optional {@link dev.hydrant.media.sniff.ContainerProbe} (ffprobe) for anything still unknown.</li>
 * </ol>
 *
 * <p>Where hydrus consults ffmpeg, the byte parsers reproduce what ffmpeg reports for the cases hydrus's
 * rules look at (demuxer name, major brand, stream kinds, the first video and audio codec, cover
 * pictures). Animated JPEG XL is read from the codestream's {@code have_animation} flag, where hydrus
 * asks ffmpeg for a frame count.
 *
 * <p>Every reader is bounded: a 64 KiB head, positioned reads, per-file byte and read-count budgets,
 * and caps on structure walks (boxes, elements, pages, chunks, blocks, zip entries).
 */
package dev.hydrant.media.sniff;
