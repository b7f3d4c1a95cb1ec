package dev.hydrant.media.inspect;

import dev.hydrant.media.DamagedMediaException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Size, frame count and duration of an animated GIF as hydrus gets them through Pillow.
 *
 * <p>Blocks are walked as Pillow walks them: after the header and global colour table, each frame is
 * the run of extension blocks up to an image descriptor, whose image data is then skipped sub-block by
 * sub-block; unknown bytes between blocks are skipped one at a time; a trailer or the end of the file
 * ends the walk. A frame's duration is ten times the delay of a graphic control extension inside its own
 * run (none: no duration). Hydrus then replaces a missing duration, and the 0 and 10 ms values that
 * GIF writers use for "as fast as possible", with 83 ms (12 fps), and adds them up. The size is the
 * logical screen, grown to the first frame's extent when that frame overhangs it (as Pillow does).
 *
 * <p>The file is read once, sequentially; the number of blocks walked is capped.
 */
final class GifTiming {

    static final int FALLBACK_FRAME_MS = 83;
    static final int MAX_BLOCKS = 10_000_000;

    private GifTiming() {
    }

    static MediaInfo read(Path file) throws IOException, DamagedMediaException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return new Walk(in).run();
        }
    }

    static int hydrusFrameDuration(Integer pillowDuration) {
        if (pillowDuration == null || pillowDuration == 0 || pillowDuration == 10) {
            return FALLBACK_FRAME_MS;
        }
        return pillowDuration;
    }

    private static final class Walk {
        private final InputStream in;
        private int blocks;

        Walk(InputStream in) {
            this.in = in;
        }

        MediaInfo run() throws IOException, DamagedMediaException {
            byte[] header = in.readNBytes(13);
            if (header.length < 13 || header[0] != 'G' || header[1] != 'I' || header[2] != 'F') {
                throw new DamagedMediaException("This does not look like a GIF file!");
            }
            int width = u16(header, 6);
            int height = u16(header, 8);
            int flags = header[10] & 0xFF;
            if ((flags & 0x80) != 0) {
                skip(3L << ((flags & 7) + 1));
            }
            List<Integer> durations = new ArrayList<>();
            while (true) {
                Frame frame = nextFrame();
                if (frame == null) {
                    break;
                }
                if (durations.isEmpty()) {
                    width = Math.max(width, frame.right);
                    height = Math.max(height, frame.bottom);
                }
                durations.add(frame.duration);
            }
            if (durations.isEmpty()) {
                throw new DamagedMediaException("This GIF has no frames!");
            }
            long total = 0;
            for (Integer d : durations) {
                total += hydrusFrameDuration(d);
            }
            return new MediaInfo(Math.max(width, 1), Math.max(height, 1), total, durations.size(), false, null);
        }

        private record Frame(Integer duration, int right, int bottom) {
        }

        /** The next frame's duration and extent, or null at the trailer or the end of the file. */
        private Frame nextFrame() throws IOException, DamagedMediaException {
            Integer duration = null;
            while (true) {
                countBlock();
                int tag = in.read();
                if (tag < 0 || tag == ';') {
                    return null;
                }
                if (tag == '!') {
                    int label = in.read();
                    if (label < 0) {
                        return null;
                    }
                    byte[] first = subBlock();
                    if (label == 0xF9 && first != null && first.length >= 3) {
                        duration = u16(first, 1) * 10;
                    }
                    // Pillow reads on after the first sub-block even when that was the terminator, except
                    // for comments; the bytes after it are then taken for sub-block lengths too
                    if (label != 0xFE || first != null) {
                        skipSubBlocks();
                    }
                } else if (tag == ',') {
                    byte[] descriptor = in.readNBytes(9);
                    if (descriptor.length < 9) {
                        return null;
                    }
                    int x0 = u16(descriptor, 0);
                    int y0 = u16(descriptor, 2);
                    int imageFlags = descriptor[8] & 0xFF;
                    if ((imageFlags & 0x80) != 0) {
                        skip(3L << ((imageFlags & 7) + 1));
                    }
                    if (in.read() < 0) {
                        return null;
                    }
                    skipSubBlocks();
                    return new Frame(duration, x0 + u16(descriptor, 4), y0 + u16(descriptor, 6));
                }
            }
        }

        /** One data sub-block, or null for the terminator (or the end of the file). */
        private byte[] subBlock() throws IOException {
            int length = in.read();
            if (length <= 0) {
                return null;
            }
            return in.readNBytes(length);
        }

        private void skipSubBlocks() throws IOException, DamagedMediaException {
            while (true) {
                countBlock();
                int length = in.read();
                if (length <= 0) {
                    return;
                }
                if (skip(length) < length) {
                    return;
                }
            }
        }

        private void countBlock() throws DamagedMediaException {
            if (++blocks > MAX_BLOCKS) {
                throw new DamagedMediaException("This GIF has too many blocks to walk!");
            }
        }

        private long skip(long n) throws IOException {
            long done = 0;
            while (done < n) {
                long step = in.skip(n - done);
                if (step <= 0) {
                    if (in.read() < 0) {
                        break;
                    }
                    step = 1;
                }
                done += step;
            }
            return done;
        }
    }

    private static int u16(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }
}
