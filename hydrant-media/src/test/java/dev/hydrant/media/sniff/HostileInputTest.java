package dev.hydrant.media.sniff;

import static dev.hydrant.media.sniff.Fixtures.ascii;
import static dev.hydrant.media.sniff.Fixtures.box;
import static dev.hydrant.media.sniff.Fixtures.bytes;
import static dev.hydrant.media.sniff.Fixtures.concat;
import static dev.hydrant.media.sniff.Fixtures.u16le;
import static dev.hydrant.media.sniff.Fixtures.u32be;
import static dev.hydrant.media.sniff.Fixtures.u32le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.sniff.Fixtures.ZipItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, corrupted and malicious files: every one gets an answer quickly and without an exception.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private int counter;

    private SniffResult sniff(byte[] content) throws IOException {
        Path file = dir.resolve("h" + counter++);
        Files.write(file, content);
        return sniffFile(file, new FileTypeSniffer());
    }

    private static SniffResult sniffFile(Path file, FileTypeSniffer sniffer) {
        return assertTimeoutPreemptively(QUICKLY, () -> sniffer.sniff(file));
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(SharedCorpus.media())) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyTruncationOfEverySampleGetsAnAnswer() throws IOException {
        int checked = 0;
        for (Path sample : corpus()) {
            byte[] full = Files.readAllBytes(sample);
            for (int length : new int[] {1, 2, 3, 4, 7, 8, 12, 16, 27, 31, 64, 100, 255, 256, 512, 1024,
                full.length / 3, full.length / 2, full.length - 1}) {
                if (length <= 0 || length >= full.length) {
                    continue;
                }
                SniffResult r = sniff(Arrays.copyOf(full, length));
                assertThat(r).as("%s cut to %d bytes", sample.getFileName(), length).isNotNull();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void randomlyCorruptedSamplesGetAnAnswer() throws IOException {
        Random random = new Random(682);
        for (Path sample : corpus()) {
            byte[] full = Files.readAllBytes(sample);
            if (full.length == 0) {
                continue;
            }
            for (int round = 0; round < 12; round++) {
                byte[] copy = full.clone();
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(Math.min(copy.length, round % 2 == 0 ? 512 : copy.length));
                    copy[at] = (byte) random.nextInt(256);
                }
                assertThat(sniff(copy)).as("%s corrupted (round %d)", sample.getFileName(), round).isNotNull();
            }
        }
    }

    @Test
    void truncatedSignaturesStillAnswer() throws IOException {
        assertThat(sniff(bytes(0x89, 'P', 'N', 'G')).fileType()).isEqualTo(FileType.IMAGE_PNG);
        assertThat(sniff(ascii("GIF89a")).fileType()).isEqualTo(FileType.IMAGE_GIF);
        assertThat(sniff(concat(ascii("RIFF"), u32le(4), ascii("WEBPVP8X"))).fileType()).isEqualTo(FileType.IMAGE_WEBP);
        assertThat(sniff(concat(u32be(24), ascii("ftypisom"))).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(bytes(0x1A, 0x45, 0xDF, 0xA3)).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(ascii("OggS")).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(ascii("PK\u0003\u0004")).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
        assertThat(sniff(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).fileType()).isEqualTo(FileType.UNDETERMINED_OLE);
        assertThat(sniff(ascii("ID3")).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(ascii("{")).refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
        assertThat(sniff(bytes(0xFF)).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(bytes(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0, 0xAA, 0, 0x62, 0xCE, 0x6C))
                .fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
    }

    @Test
    void absurdBoxSizes() throws IOException {
        byte[] hugeMoov = concat(Fixtures.ftyp("isom"), u32be(0xFFFFFFFFL), ascii("moov"), Fixtures.trak("vide", "avc1"));
        assertThat(sniff(hugeMoov).fileType()).as("moov running past the file is read up to its end")
                .isEqualTo(FileType.VIDEO_MP4);
        byte[] largesize = concat(Fixtures.ftyp("isom"), u32be(1), ascii("moov"), Fixtures.bytes(0x7F, 0xFF, 0xFF, 0xFF,
                0xFF, 0xFF, 0xFF, 0xFF), Fixtures.trak("soun", "mp4a"));
        assertThat(sniff(largesize).fileType()).isEqualTo(FileType.AUDIO_MP4);
        byte[] tooSmall = concat(Fixtures.ftyp("isom"), u32be(3), ascii("moov"), new byte[64]);
        assertThat(sniff(tooSmall).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        byte[] nested = Fixtures.mp4("isom", box("trak", u32be(0x7FFFFFFF), ascii("mdia"), new byte[32]));
        assertThat(sniff(nested)).isNotNull();
        byte[] zeroSized = concat(Fixtures.ftyp("isom"), u32be(0), ascii("moov"), Fixtures.trak("vide", "vp09"));
        assertThat(sniff(zeroSized).fileType()).isEqualTo(FileType.VIDEO_MP4);
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), u32be(0xFFFFFFFFL), ascii("acTL"), new byte[64]);
        assertThat(sniff(png).fileType()).isEqualTo(FileType.IMAGE_PNG);
        byte[] webp = concat(ascii("RIFF"), u32le(-1), ascii("WEBPVP8X"), u32le(10), bytes(2), new byte[9],
                ascii("ANMF"), u32le(0xFFFFFFF0L), new byte[16]);
        assertThat(sniff(webp).fileType()).isEqualTo(FileType.IMAGE_WEBP);
        byte[] mkv = concat(Fixtures.ebml(0x1A45DFA3L, Fixtures.ebml(0x4282, ascii("webm"))),
                bytes(0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF),
                bytes(0x16, 0x54, 0xAE, 0x6B, 0x01, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0),
                Fixtures.mkvTrack(1, "V_VP8"));
        assertThat(sniff(mkv).fileType()).isEqualTo(FileType.VIDEO_WEBM);
        byte[] asf = concat(bytes(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0, 0xAA, 0, 0x62, 0xCE, 0x6C),
                Fixtures.u64le(Long.MAX_VALUE), u32le(1), bytes(1, 2), new byte[40]);
        assertThat(sniff(asf)).isNotNull();
    }

    @Test
    void manyTinyBoxesAreCapped() throws IOException {
        byte[] free = box("free");
        byte[] file = concat(Fixtures.ftyp("isom"), Fixtures.repeat(free, 150_000), box("moov", Fixtures.trak("vide", "avc1")));
        assertThat(sniff(file).fileType()).as("moov beyond the box cap is not seen").isEqualTo(FileType.APPLICATION_UNKNOWN);
    }

    @Test
    void gifWithEndlessExtensionBlocks() throws IOException {
        Path file = dir.resolve("endless.gif");
        byte[] comment = bytes(0x21, 0xFE, 3, 'a', 'b', 'c', 0);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(Fixtures.gifHeader());
            out.write(Fixtures.gifFrame());
            byte[] chunk = Fixtures.repeat(comment, 100_000);
            for (int i = 0; i < 30; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(20_000_000);
        assertThat(sniffFile(file, new FileTypeSniffer()).fileType()).isEqualTo(FileType.IMAGE_GIF);

        byte[] unterminated = concat(Fixtures.gifHeader(), bytes(0x21, 0xFE), Fixtures.repeat(concat(bytes(255), new byte[255]), 2000));
        assertThat(sniff(unterminated).fileType()).isEqualTo(FileType.IMAGE_GIF);
        byte[] junk = concat(Fixtures.gifHeader(), Fixtures.gifFrame(), Fixtures.repeat(bytes('x'), 1_000_000), bytes(0x2C),
                new byte[12]);
        assertThat(sniff(junk).fileType()).as("pillow skips unknown bytes one at a time").isEqualTo(FileType.ANIMATION_GIF);
    }

    @Test
    void readBudgetEndsLongWalks() throws IOException {
        Path file = dir.resolve("budget.gif");
        Files.write(file, concat(Fixtures.gifHeader(), Fixtures.gifFrame(), Fixtures.repeat(bytes(0x21, 0xFE, 1, 'z', 0), 400_000),
                Fixtures.gifFrame()));
        assertThat(sniffFile(file, new FileTypeSniffer()).fileType()).isEqualTo(FileType.ANIMATION_GIF);
        assertThat(sniffFile(file, new FileTypeSniffer(ContainerProbe.NONE, 1024 * 1024, 1000)).fileType())
                .as("out of budget: static").isEqualTo(FileType.IMAGE_GIF);
        Path zip = dir.resolve("budget.zip");
        byte[] noise = new byte[300_000];
        new Random(1).nextBytes(noise);
        Files.write(zip, Fixtures.zip(ZipItem.deflated("p1.jpg", noise), ZipItem.deflated("p2.jpg", new byte[10])));
        assertThat(sniffFile(zip, new FileTypeSniffer()).fileType()).isEqualTo(FileType.APPLICATION_CBZ);
        assertThat(sniffFile(zip, new FileTypeSniffer(ContainerProbe.NONE, 1024, 3)).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
    }

    @Test
    void hostileZips() throws IOException {
        byte[] eocdHugeDirectory = concat(ascii("PK\u0003\u0004"), new byte[40], ascii("PK\u0005\u0006"), new byte[4],
                u16le(0xFFFF), u16le(0xFFFF), u32le(0xFFFFFFF0L), u32le(0), u16le(0));
        assertThat(sniff(eocdHugeDirectory).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
        byte[] bogusOffsets = concat(ascii("PK\u0003\u0004"), new byte[26],
                ascii("PK\u0001\u0002"), new byte[4], u16le(0), u16le(8), new byte[4], u32le(0), u32le(5), u32le(5),
                u16le(6), u16le(0), u16le(0), new byte[8], u32le(0x7FFFFFF0L), ascii("a1.jpg"),
                ascii("PK\u0005\u0006"), new byte[4], u16le(1), u16le(1), u32le(52), u32le(30), u16le(0));
        assertThat(sniff(bogusOffsets).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
        byte[] bomb = Fixtures.zip(ZipItem.deflated("p001.jpg", new byte[200_000_000]), ZipItem.deflated("p002.jpg", new byte[10]));
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(sniff(bomb).fileType()).isEqualTo(FileType.APPLICATION_CBZ);
        byte[] hugeJson = Fixtures.zip(ZipItem.deflated("animation.json", Fixtures.repeat(ascii("["), 5_000_000)));
        assertThat(sniff(hugeJson).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
        byte[] badPlist = Fixtures.zip(ZipItem.deflated("Document.archive", concat(ascii("bplist00"), new byte[100])));
        assertThat(sniff(badPlist).fileType()).isEqualTo(FileType.APPLICATION_ZIP);
    }

    @Test
    void oleWithLoopingChains() throws IOException {
        byte[] doc = FormatFixtures.Ole.document(null, "Microsoft Word");
        byte[] looped = doc.clone();
        for (int s = 2; s < 10; s++) {
            System.arraycopy(u32le(2), 0, looped, 512 + 4 * s, 4);
        }
        assertThat(sniff(looped).fileType()).isEqualTo(FileType.UNDETERMINED_OLE);
        byte[] selfDirectory = doc.clone();
        System.arraycopy(u32le(1), 0, selfDirectory, 512 + 4, 4);
        System.arraycopy(u32le(1), 0, selfDirectory, 1024 + 128 + 0x44, 4);
        assertThat(sniff(selfDirectory)).isNotNull();
        byte[] hugeFat = doc.clone();
        System.arraycopy(u32le(0x7FFFFFFF), 0, hugeFat, 0x2C, 4);
        assertThat(sniff(hugeFat)).isNotNull();
    }

    @Test
    void endlessOggAndJson() throws IOException {
        byte[] page = Fixtures.oggPage(0, 9, 1, new byte[1]);
        byte[] ogg = concat(Fixtures.oggPage(2, 9, 0, concat(ascii("\u0001vorbis"), new byte[23])),
                Fixtures.repeat(page, 200_000));
        assertThat(sniff(ogg).fileType()).isEqualTo(FileType.AUDIO_OGG);
        assertThat(sniff(Fixtures.repeat(ascii("["), 3_000_000)).refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
        byte[] longJson = concat(ascii("[\""), Fixtures.repeat(ascii("a"), 5_000_000), ascii("\"]"));
        assertThat(sniff(longJson).refusal()).isEqualTo(Refusal.LOOKS_LIKE_JSON);
    }

    @Test
    void mpegLookalikes() throws IOException {
        byte[] syncOnly = new byte[188 * 20];
        for (int i = 0; i < 20; i++) {
            syncOnly[i * 188] = 0x47;
        }
        assertThat(sniff(syncOnly).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        List<byte[]> headers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            headers.add(bytes(0, 0, 1, 0xBA));
        }
        assertThat(sniff(concat(headers.toArray(new byte[0][]))).fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(sniff(Fixtures.repeat(bytes(0xFF, 0xFB, 0x90, 0x64), 50_000)).fileType())
                .as("headers with no room for frames").isEqualTo(FileType.APPLICATION_UNKNOWN);
    }
}
