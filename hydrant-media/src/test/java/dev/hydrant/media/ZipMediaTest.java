package dev.hydrant.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.FfprobeContainerProbe;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.inspect.MediaProbe;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.thumbnail.FileThumbnail;
import dev.hydrant.media.thumbnail.FileThumbnailer;
import dev.hydrant.media.thumbnail.ThumbnailFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ugoira and CBZ files (zips hydrus looks inside), made here: sniffed, inspected and thumbnailed as hydrus
 * does, and hostile variants (bombs, traversal names, undecodable members) ending as hydrus's fallbacks
 * quickly and without touching the disk outside the file.
 */
class ZipMediaTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.MAGENTA};

    @TempDir
    Path dir;

    private final FileTypeSniffer sniffer = new FileTypeSniffer(new FfprobeContainerProbe(BundledFfmpeg.executables()));
    private final MediaProbe inspector = new MediaProbe(BundledFfmpeg.ffmpeg());
    private final FileThumbnailer thumbnailer = new FileThumbnailer(BundledFfmpeg.ffmpeg());

    @Test
    void ugoiraWithAnimationJsonTakesItsDelaysAndFrames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder json = new StringBuilder("{\"frames\": [");
        for (int i = 0; i < 5; i++) {
            String name = String.format("%06d.png", i);
            entries.put(name, picture("png", 300, 200, COLOURS[i]));
            json.append(i == 0 ? "" : ", ").append("{\"file\": \"").append(name).append("\", \"delay\": ").append(40 + i * 10).append("}");
        }
        entries.put("animation.json", json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        Path file = zip("ugoira.zip", entries);

        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.ANIMATION_UGOIRA);
        MediaInfo info = inspector.inspect(file, FileType.ANIMATION_UGOIRA);
        assertThat(info).isEqualTo(new MediaInfo(300, 200, 40L + 50 + 60 + 70 + 80, 5, false, null));

        FileThumbnail thumb = thumbnailer.make(file, FileType.ANIMATION_UGOIRA, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(thumb.format()).isEqualTo(ThumbnailFormat.JPEG);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("150x100");
        // frame int(0.35 * 4) = 1, the green one
        assertThat(nearly(centre(thumb), Color.GREEN)).as("the green frame").isTrue();
        assertThat(thumb.blurhashIfAny()).isPresent();
    }

    @Test
    void ugoiraWithoutJsonCountsItsNumberedFramesAndHasNoDuration() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            entries.put(String.format("%06d.png", i), picture("png", 64, 48, COLOURS[i]));
        }
        Path file = zip("frames.zip", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.ANIMATION_UGOIRA);
        MediaInfo info = inspector.inspect(file, FileType.ANIMATION_UGOIRA);
        assertThat(info).isEqualTo(new MediaInfo(64, 48, null, 3, false, null));
        FileThumbnail thumb = thumbnailer.make(file, FileType.ANIMATION_UGOIRA, info);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("64x48");
        assertThat(nearly(centre(thumb), Color.RED)).as("frame int(0.35 * 2) = 0, the red one").isTrue();
    }

    @Test
    void ugoiraWhoseFramesCannotBeReadIsHundredSquareWithTheVideoIcon() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("000000.png", HostileMediaTest.pngHeaderOnly(100_000, 100_000));
        entries.put("000001.png", HostileMediaTest.pngHeaderOnly(100_000, 100_000));
        entries.put("animation.json", "[{\"file\": \"missing.png\", \"delay\": 100}, {\"file\": \"000001.png\", \"delay\": 100}]"
                .getBytes(StandardCharsets.UTF_8));
        Path file = zip("broken.zip", entries);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.ANIMATION_UGOIRA);
            MediaInfo info = inspector.inspect(file, FileType.ANIMATION_UGOIRA);
            assertThat(info).as("hydrus's fallback: 100x100, no duration, the image-named files")
                    .isEqualTo(new MediaInfo(100, 100, null, 2, false, null));
            FileThumbnail thumb = thumbnailer.make(file, FileType.ANIMATION_UGOIRA, info);
            assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FALLBACK_ICON);
            assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("100x100");
        });
    }

    @Test
    void cbzTakesItsSizeAndThumbnailFromTheCoverPage() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Comic/page10.jpg", picture("jpeg", 200, 300, Color.BLUE));
        entries.put("Comic/page2.jpg", picture("jpeg", 400, 600, Color.RED));
        entries.put("Comic/page1.jpg", picture("jpeg", 300, 450, Color.GREEN));
        entries.put("Comic/ComicInfo.xml", "<ComicInfo/>".getBytes(StandardCharsets.UTF_8));
        Path file = zip("comic.cbz", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_CBZ);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_CBZ);
        assertThat(info).as("page1 comes first in human order").isEqualTo(MediaInfo.dimensions(300, 450));
        FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_CBZ, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(thumb.format()).isEqualTo(ThumbnailFormat.JPEG);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("83x125");
        assertThat(nearly(centre(thumb), Color.GREEN)).as("the green cover").isTrue();
    }

    @Test
    void cbzWhoseCoverIsABombGetsTheArchiveIconAndNoSize() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("001.png", new byte[96 * 1024 * 1024]);
        entries.put("002.png", picture("png", 50, 50, Color.RED));
        Path file = zip("bomb.cbz", entries);
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_CBZ);
            MediaInfo info = inspector.inspect(file, FileType.APPLICATION_CBZ);
            assertThat(info.width()).isNull();
            FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_CBZ, info);
            assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FALLBACK_ICON);
        });
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreOnlyNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../escape01.png", picture("png", 40, 30, Color.RED));
        entries.put("../../escape02.png", picture("png", 40, 30, Color.GREEN));
        Path inner = Files.createDirectories(dir.resolve("a/b"));
        Path file = zip("a/b/climb.cbz", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_CBZ);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_CBZ);
        assertThat(info).isEqualTo(MediaInfo.dimensions(40, 30));
        thumbnailer.make(file, FileType.APPLICATION_CBZ, info);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .containsExactly("a/b/climb.cbz");
        }
        assertThat(inner).isDirectory();
    }

    @Test
    void epub3TakesItsSizeAndThumbnailFromTheCoverImageItem() throws Exception {
        Map<String, byte[]> entries = epub("OEBPS/content.opf", "<package xmlns='http://www.idpf.org/2007/opf'><manifest>"
                + "<item id='c1' href='text/chapter1.xhtml' media-type='application/xhtml+xml'/>"
                + "<item id='img' href='images/front.png' media-type='image/png' properties='cover-image'/>"
                + "</manifest></package>");
        entries.put("OEBPS/images/front.png", picture("png", 300, 400, Color.BLUE));
        entries.put("OEBPS/text/chapter1.xhtml", "<html/>".getBytes(StandardCharsets.UTF_8));
        Path file = zip("book.epub", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_EPUB);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_EPUB);
        assertThat(info).isEqualTo(MediaInfo.dimensions(300, 400));
        FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_EPUB, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("93x125");
        assertThat(nearly(centre(thumb), Color.BLUE)).isTrue();
    }

    @Test
    void epub2FindsItsCoverThroughTheCoverMetaAndAnSvgCoverIsDrawn() throws Exception {
        Map<String, byte[]> entries = epub("content.opf", "<package xmlns='http://www.idpf.org/2007/opf'><metadata>"
                + "<meta name='cover' content='front'/></metadata><manifest>"
                + "<item id='front' href='front.svg' media-type='image/svg+xml'/></manifest></package>");
        entries.put("front.svg", ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                + "<rect width='10' height='10' fill='#00ff00'/></svg>").getBytes(StandardCharsets.UTF_8));
        Path file = zip("svgcover.epub", entries);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_EPUB);
        assertThat(info.width()).as("hydrus reads no size from an SVG cover").isNull();
        FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_EPUB, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(nearly(centre(thumb), Color.GREEN)).isTrue();
    }

    @Test
    void epubWithAHostileContainerGetsTheDocumentIcon() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/container.xml", ("<?xml version='1.0'?><!DOCTYPE c [<!ENTITY a 'aaaaaaaaaa'>"
                + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<container xmlns='urn:oasis:names:tc:opendocument:xmlns:container'><rootfiles>"
                + "<rootfile full-path='&b;&x;'/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        Path file = zip("hostile.epub", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_EPUB);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_EPUB);
        assertThat(info.width()).isNull();
        FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_EPUB, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FALLBACK_ICON);
    }

    @Test
    void pptxTakesItsSlideSizeWordsAndPreviewPicture() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                + "<Override PartName='/ppt/presentation.xml' ContentType='application/vnd.openxmlformats-officedocument"
                + ".presentationml.presentation.main+xml'/></Types>").getBytes(StandardCharsets.UTF_8));
        entries.put("ppt/presentation.xml", ("<p:presentation xmlns:p='http://schemas.openxmlformats.org/presentationml/2006/main'>"
                + "<p:sldSz cx='12192000' cy='6858000'/></p:presentation>").getBytes(StandardCharsets.UTF_8));
        entries.put("docProps/app.xml", ("<Properties xmlns='http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties'><Words> 42 </Words></Properties>").getBytes(StandardCharsets.UTF_8));
        entries.put("docProps/thumbnail.jpeg", picture("jpeg", 256, 144, Color.RED));
        Path file = zip("slides.pptx", entries);
        assertThat(sniffer.sniff(file).fileType()).isEqualTo(FileType.APPLICATION_PPTX);
        MediaInfo info = inspector.inspect(file, FileType.APPLICATION_PPTX);
        assertThat(info).as("13.333 x 7.5 inches at 300 dpi").isEqualTo(MediaInfo.dimensions(4000, 2250));
        assertThat(new dev.hydrant.media.archive.OfficeDocumentReader(new dev.hydrant.media.image.StillImageLoader())
                .wordCount(file)).contains(42);
        FileThumbnail thumb = thumbnailer.make(file, FileType.APPLICATION_PPTX, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("150x84");
        assertThat(nearly(centre(thumb), Color.RED)).isTrue();
    }

    /** An EPUB skeleton: the stored mimetype first (as the sniffer requires), the container, the package. */
    private static Map<String, byte[]> epub(String opfPath, String opf) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/container.xml", ("<?xml version='1.0'?><container version='1.0' "
                + "xmlns='urn:oasis:names:tc:opendocument:xmlns:container'><rootfiles><rootfile full-path='" + opfPath
                + "' media-type='application/oebps-package+xml'/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        entries.put(opfPath, opf.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] picture(String format, int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Equal but for JPEG's small errors. */
    private static boolean nearly(int rgb, Color expected) {
        return Math.abs(((rgb >> 16) & 0xFF) - expected.getRed()) <= 8
                && Math.abs(((rgb >> 8) & 0xFF) - expected.getGreen()) <= 8
                && Math.abs((rgb & 0xFF) - expected.getBlue()) <= 8;
    }

    private static int centre(FileThumbnail thumb) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb.bytes()));
        return image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xFFFFFF;
    }
}
