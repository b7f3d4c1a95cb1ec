package dev.hydrant.media.sniff;

import java.io.IOException;
import java.io.InputStream;

/**
 * Static versus animated GIF, as hydrus decides it (through Pillow's {@code is_animated}): a GIF is
 * animated when a second image descriptor follows the first image.
 *
 * <p>The walk follows Pillow's block reader: after the header and global colour table, extension blocks
 * ({@code !}) are skipped by their sub-blocks, an image descriptor ({@code ,}) is a frame, the trailer
 * ({@code ;}) or the end of the file stops the walk, and any other byte is skipped on its own. The first
 * frame's image data is skipped sub-block by sub-block; the second frame counts once its descriptor,
 * colour table and code size byte could be read, as Pillow needs them. Reading is sequential and charged to the file's
 * read budget, and the number of blocks walked is capped, so a file of endless extension blocks ends the
 * walk instead of hanging it; a walk cut short counts as "no second frame found" (static).
 */
final class GifAnimation {

    static final int MAX_BLOCKS = 4_000_000;

    private GifAnimation() {
    }

    static boolean isAnimated(FileBytes file) {
        try (InputStream in = file.streamFrom(0)) {
            Walker walker = new Walker(in);
            return walker.walk();
        } catch (SniffLimitException | IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static final class Walker {
        private final InputStream in;
        private int blocks;

        Walker(InputStream in) {
            this.in = in;
        }

        boolean walk() throws IOException {
            byte[] header = in.readNBytes(13);
            if (header.length < 13) {
                return false;
            }
            int flags = header[10] & 0xFF;
            if ((flags & 0x80) != 0) {
                skipFully(3L << ((flags & 7) + 1));
            }
            if (!findImage()) {
                return false;
            }
            skipImage();
            return findImage() && secondDescriptorReadable();
        }

        /**
         * Pillow reads the second frame's descriptor, local colour table and LZW code size before it says
         * "animated"; a file that ends inside those reads is taken for static.
         */
        private boolean secondDescriptorReadable() throws IOException {
            byte[] descriptor = in.readNBytes(9);
            if (descriptor.length < 9) {
                return false;
            }
            int flags = descriptor[8] & 0xFF;
            if ((flags & 0x80) != 0) {
                skipFully(3L << ((flags & 7) + 1));
            }
            return in.read() >= 0;
        }

        /** Advances past the next image descriptor; false when the trailer or the end comes first. */
        private boolean findImage() throws IOException {
            while (true) {
                if (++blocks > MAX_BLOCKS) {
                    return false;
                }
                int tag = in.read();
                if (tag < 0 || tag == ';') {
                    return false;
                }
                if (tag == '!') {
                    if (in.read() < 0) {
                        return false;
                    }
                    skipSubBlocks();
                } else if (tag == ',') {
                    return true;
                }
            }
        }

        /** Skips the rest of an image: descriptor fields, local colour table, LZW size and data. */
        private void skipImage() throws IOException {
            byte[] descriptor = in.readNBytes(9);
            if (descriptor.length < 9) {
                return;
            }
            int flags = descriptor[8] & 0xFF;
            if ((flags & 0x80) != 0) {
                skipFully(3L << ((flags & 7) + 1));
            }
            if (in.read() < 0) {
                return;
            }
            skipSubBlocks();
        }

        private void skipSubBlocks() throws IOException {
            while (true) {
                if (++blocks > MAX_BLOCKS) {
                    throw new SniffLimitException("too many gif blocks");
                }
                int length = in.read();
                if (length <= 0) {
                    return;
                }
                if (skipFully(length) < length) {
                    return;
                }
            }
        }

        private long skipFully(long n) throws IOException {
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
}
