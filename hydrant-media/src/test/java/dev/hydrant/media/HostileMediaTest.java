package dev.hydrant.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.ffmpeg.FfprobeContainerProbe;
import dev.hydrant.media.ffmpeg.ProcessTimeoutException;
import dev.hydrant.media.image.DecompressionBombException;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.inspect.MediaProbe;
import dev.hydrant.media.render.ImageRenderer;
import dev.hydrant.media.render.RenderFormat;
import dev.hydrant.media.render.RenderRequest;
import dev.hydrant.media.render.RenderedImage;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.sniff.SniffResult;
import dev.hydrant.media.thumbnail.FileThumbnail;
import dev.hydrant.media.thumbnail.FileThumbnailer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the whole media pipeline (sniff with ffprobe, inspect, thumbnail, render): each
 * ends quickly, with a clear {@link MediaException} where the file cannot be used, and without
 * allocating more than a bounded amount of memory.
 */
class HostileMediaTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);
    /** Allocation budget per hostile file (the corpus files need a few MB). */
    private static final long ALLOCATION_BUDGET = 256L * 1024 * 1024;

    @TempDir
    Path dir;

    private final Ffmpeg ffmpeg = BundledFfmpeg.ffmpeg();
    private final FileTypeSniffer sniffer = new FileTypeSniffer(new FfprobeContainerProbe(BundledFfmpeg.executables()));
    private final MediaProbe inspector = new MediaProbe(ffmpeg);
    private final FileThumbnailer thumbnailer = new FileThumbnailer(ffmpeg);
    private final ImageRenderer renderer = new ImageRenderer(ffmpeg);

    @Test
    void truncatedMp4IsDamaged() throws Exception {
        byte[] full = SharedMedia.bytes("mp4_h264_aac.mp4");
        Path file = write("truncated.mp4", Arrays.copyOf(full, full.length / 3));
        long allocated = assertTimeoutPreemptively(QUICKLY, () -> allocatedDuring(() -> {
            SniffResult sniffed = sniffer.sniff(file);
            assertThat(sniffed.fileType()).isIn(FileType.VIDEO_MP4, FileType.APPLICATION_UNKNOWN);
            assertThatThrownBy(() -> inspector.inspect(file, FileType.VIDEO_MP4))
                    .isInstanceOf(DamagedMediaException.class)
                    .hasMessage("FFMPEG could not parse.");
            FileThumbnail thumb = thumbnailer.make(file, FileType.VIDEO_MP4, new MediaInfo(160, 120, 2000L, 30, false, 15.0));
            assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FALLBACK_ICON);
        }));
        assertThat(allocated).isLessThan(ALLOCATION_BUDGET);
    }

    @Test
    void garbageThatFfprobeCannotOpenIsUnknownAndDamaged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(682).nextBytes(garbage);
        Path file = write("garbage.bin", garbage);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThat(new FfprobeContainerProbe(BundledFfmpeg.executables()).probe(file)).isEmpty();
            assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
            assertThatThrownBy(() -> inspector.inspect(file, FileType.VIDEO_WEBM)).isInstanceOf(DamagedMediaException.class);
            assertThatThrownBy(() -> inspector.inspect(file, FileType.AUDIO_MP3)).isInstanceOf(DamagedMediaException.class);
        });
    }

    @Test
    void videoThatNeverFinishesIsStoppedAtTheTimeLimit() throws Exception {
        Ffmpeg hasty = new Ffmpeg(BundledFfmpeg.executables(),
                new Ffmpeg.Limits(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> new MediaProbe(hasty).inspect(SharedMedia.file("webm_vp9_opus.webm"), FileType.VIDEO_WEBM))
                .isInstanceOf(ProcessTimeoutException.class)
                .hasMessageContaining("ffmpeg did not finish");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
    }

    @Test
    void zipBombIsAnArchiveWithAStaticIcon() throws Exception {
        Path file = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] zeros = new byte[1024 * 1024];
            for (String name : new String[] {"mimetype", "animation.json", "ugoira_frames/000000.jpg"}) {
                zip.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < 256; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(4L * 1024 * 1024);
        long allocated = assertTimeoutPreemptively(QUICKLY, () -> allocatedDuring(() -> {
            SniffResult sniffed = sniffer.sniff(file);
            assertThat(sniffed.fileType()).isEqualTo(FileType.APPLICATION_ZIP);
            MediaInfo info = inspector.inspect(file, sniffed.fileType());
            assertThat(info.width()).isNull();
            FileThumbnail thumb = thumbnailer.make(file, sniffed.fileType(), info);
            assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.STATIC_ICON);
            assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("158x200");
        }));
        assertThat(allocated).isLessThan(ALLOCATION_BUDGET);
    }

    @Test
    void pngDeclaringTenBillionPixelsIsRefusedBeforeDecoding() throws Exception {
        Path file = write("huge.png", pngHeaderOnly(100_000, 100_000));
        long allocated = assertTimeoutPreemptively(QUICKLY, () -> allocatedDuring(() -> {
            assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.IMAGE_PNG);
            assertThatThrownBy(() -> inspector.inspect(file, FileType.IMAGE_PNG))
                    .isInstanceOf(DamagedMediaException.class)
                    .hasCauseInstanceOf(DecompressionBombException.class)
                    .hasMessageContaining("100000x100000");
            FileThumbnail thumb = thumbnailer.make(file, FileType.IMAGE_PNG, new MediaInfo(100_000, 100_000, null, null, false, null));
            assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FALLBACK_ICON);
            RenderedImage render = renderer.render(file, FileType.IMAGE_PNG, null, new RenderRequest(RenderFormat.PNG, 64, 64, null));
            assertThat(render.placeholder()).isTrue();
        }));
        assertThat(allocated).isLessThan(ALLOCATION_BUDGET);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Bytes this thread allocated while running {@code work}. */
    private static long allocatedDuring(Work work) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    /** A valid PNG signature and IHDR claiming the size, then a tiny IDAT and IEND. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        writeInt(ihdr, width);
        writeInt(ihdr, height);
        ihdr.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(OutputStream out, String name, byte[] data) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        body.write(data);
        CRC32 crc = new CRC32();
        crc.update(body.toByteArray());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        writeInt(whole, data.length);
        whole.write(body.toByteArray());
        writeInt(whole, (int) crc.getValue());
        out.write(whole.toByteArray());
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }
}
