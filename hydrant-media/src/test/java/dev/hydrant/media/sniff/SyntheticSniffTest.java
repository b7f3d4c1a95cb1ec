package dev.hydrant.media.sniff;

import static dev.hydrant.media.sniff.Fixtures.ascii;
import static dev.hydrant.media.sniff.Fixtures.box;
import static dev.hydrant.media.sniff.Fixtures.bytes;
import static dev.hydrant.media.sniff.Fixtures.concat;
import static dev.hydrant.media.sniff.Fixtures.u32be;
import static dev.hydrant.media.sniff.Fixtures.u32le;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.sniff.Fixtures.ZipItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-built files for the rules the sample corpus does not exercise. */
class SyntheticSniffTest {

    @TempDir
    Path dir;

    private int counter;

    SniffResult sniff(byte[] content) throws IOException {
        return sniff(content, new FileTypeSniffer());
    }

    SniffResult sniff(byte[] content, FileTypeSniffer sniffer) throws IOException {
        Path file = dir.resolve("f" + counter++ + ".txt");
        Files.write(file, content);
        return sniffer.sniff(file);
    }

    FileType type(byte[] content) throws IOException {
        return sniff(content).fileType();
    }

    @Nested
    class Refusals {
        @Test
        void emptyFileIsZeroLength() throws IOException {
            SniffResult r = sniff(new byte[0]);
            assertThat(r.refusal()).isEqualTo(Refusal.ZERO_LENGTH);
            assertThat(r.refusal().note()).isEqualTo("File is of zero length!");
            assertThat(r.fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
            assertThat(r.isImportable()).isFalse();
        }

        @Test
        void plainTextIsUnknown() throws IOException {
            SniffResult r = sniff("just some words\nand more words\n".getBytes(StandardCharsets.UTF_8));
            assertThat(r.refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
            assertThat(r.refusal().note()).isEqualTo("Unknown filetype!");
        }

        @Test
        void randomBytesAreUnknown() throws IOException {
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < 50; i++) {
                byte[] data = new byte[1 + random.nextInt(20_000)];
                random.nextBytes(data);
                SniffResult r = sniff(data);
                if (MagicTable.match(data) == null && data[0] != '{' && data[0] != '[') {
                    assertThat(r.refusal()).as("random file %d", i).isEqualTo(Refusal.UNKNOWN_FILETYPE);
                }
            }
        }

        @Test
        void jsonAndHtmlGetTheirOwnNotes() throws IOException {
            assertThat(sniff(ascii("{\"a\": [1, 2.5, NaN, null, true]}\n")).refusal()).isEqualTo(Refusal.LOOKS_LIKE_JSON);
            assertThat(sniff(ascii("[\"x\"]")).fileType()).isEqualTo(FileType.APPLICATION_JSON);
            assertThat(sniff(ascii("{\"a\": 1} trailing")).refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
            assertThat(sniff(ascii("{'single': 1}")).refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
            assertThat(sniff(concat(ascii("{\"bad utf8\": \""), bytes(0xC3, 0x28), ascii("\"}"))).refusal())
                    .isEqualTo(Refusal.UNKNOWN_FILETYPE);
            SniffResult html = sniff(ascii("<!DOCTYPE html>\n<html><body>hi</body></html>"));
            assertThat(html.fileType()).isEqualTo(FileType.TEXT_HTML);
            assertThat(html.refusal().note()).startsWith("Looks like HTML");
            assertThat(sniff(ascii("{\"html\": \"<html>\"")).fileType()).isEqualTo(FileType.TEXT_HTML);
        }

        @Test
        void notPermittedTypes() throws IOException {
            assertThat(sniff(concat(bytes(0x4D, 0x5A, 0x90, 0x00, 0x03), new byte[200])).refusal())
                    .isEqualTo(Refusal.NOT_PERMITTED);
            assertThat(sniff(ascii("hydrus encrypted zip and more")).fileType())
                    .isEqualTo(FileType.APPLICATION_HYDRUS_ENCRYPTED_ZIP);
            SniffResult ole = sniff(FormatFixtures.Ole.document(null, null));
            assertThat(ole.fileType()).isEqualTo(FileType.UNDETERMINED_OLE);
            assertThat(ole.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
        }
    }

    @Nested
    class Signatures {
        @Test
        void headerOnlyTypes() throws IOException {
            assertThat(type(concat(ascii("qoif"), new byte[20]))).isEqualTo(FileType.IMAGE_QOI);
            assertThat(type(concat(ascii("8BPS"), bytes(0, 1), new byte[30]))).isEqualTo(FileType.APPLICATION_PSD);
            assertThat(type(concat(ascii("8BPS"), bytes(0, 2), new byte[30]))).isEqualTo(FileType.APPLICATION_PSD);
            assertThat(type(concat(ascii("8BPS"), bytes(0, 3), new byte[30]))).isEqualTo(FileType.APPLICATION_UNKNOWN);
            assertThat(type(ascii("CSFCHUNK and the rest"))).isEqualTo(FileType.APPLICATION_CLIP);
            assertThat(type(ascii("SAI-CANVAS-TYPE0"))).isEqualTo(FileType.APPLICATION_SAI2);
            assertThat(type(ascii("gimp xcf v011\0"))).isEqualTo(FileType.APPLICATION_XCF);
            assertThat(type(ascii("PDN3 paint"))).isEqualTo(FileType.APPLICATION_PAINT_DOT_NET);
            assertThat(type(ascii("AT&TFORM\0\0\0\u0010DJVUINFO"))).isEqualTo(FileType.APPLICATION_DJVU);
            assertThat(type(ascii("{\\rtf1\\ansi hello}"))).isEqualTo(FileType.APPLICATION_RTF);
            assertThat(type(concat(bytes(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00), new byte[10])))
                    .isEqualTo(FileType.APPLICATION_RAR);
            assertThat(type(concat(bytes(0x1F, 0x8B, 8, 0), new byte[16]))).isEqualTo(FileType.APPLICATION_GZIP);
            assertThat(type(ascii("FWS\u0008 flash"))).isEqualTo(FileType.APPLICATION_FLASH);
            assertThat(type(ascii("FLV\u0001\u0005"))).isEqualTo(FileType.VIDEO_FLV);
            assertThat(type(ascii("MM\0*\0\0\0\u0008"))).isEqualTo(FileType.IMAGE_TIFF);
            assertThat(type(concat(bytes(0, 0, 2, 0), new byte[10]))).isEqualTo(FileType.IMAGE_ICON);
            assertThat(type(ascii("BM"))).isEqualTo(FileType.IMAGE_BMP);
            assertThat(type(ascii("wvpk...."))).isEqualTo(FileType.AUDIO_WAVPACK);
            assertThat(type(concat(ascii("RIFF"), u32le(100), ascii("AVI LIST")))).isEqualTo(FileType.VIDEO_AVI);
            assertThat(type(concat(bytes(0xED, 0xDE, 0xAD, 0x0B), new byte[10]))).isEqualTo(FileType.APPLICATION_PPT);
            assertThat(type(concat(bytes(0xDB, 0xA5, 0x2D, 0x00), new byte[10]))).isEqualTo(FileType.APPLICATION_DOC);
        }

        @Test
        void heifFamilyByBrand() throws IOException {
            assertThat(type(Fixtures.ftyp("avif"))).isEqualTo(FileType.IMAGE_AVIF);
            assertThat(type(Fixtures.ftyp("avis"))).isEqualTo(FileType.IMAGE_AVIF_SEQUENCE);
            assertThat(type(box("ftyp", ascii("mif1"), u32be(0), ascii("miaf"), ascii("avif")))).isEqualTo(FileType.IMAGE_AVIF);
            assertThat(type(box("ftyp", ascii("mif1"), u32be(0), ascii("miaf"), ascii("heic")))).isEqualTo(FileType.IMAGE_HEIF);
            assertThat(type(Fixtures.ftyp("heic"))).isEqualTo(FileType.IMAGE_HEIC);
            assertThat(type(Fixtures.ftyp("hevc"))).isEqualTo(FileType.IMAGE_HEIC_SEQUENCE);
            assertThat(type(Fixtures.ftyp("msf1"))).isEqualTo(FileType.IMAGE_HEIF_SEQUENCE);
        }

        @Test
        void svgByTagInTheFirstBytes() throws IOException {
            assertThat(type(ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEqualTo(FileType.IMAGE_SVG);
            byte[] late = concat(ascii("<?xml version=\"1.0\"?>\n<!--"), ascii(" ".repeat(300)), ascii("--><svg/>"));
            assertThat(type(late)).isEqualTo(FileType.APPLICATION_UNKNOWN);
        }
    }

    @Nested
    class Animation {
        @Test
        void apngNeedsActlWithMoreThanOneFrameInTheFirst256Bytes() throws IOException {
            assertThat(type(Fixtures.png(Fixtures.actl(6)))).isEqualTo(FileType.ANIMATION_APNG);
            assertThat(type(Fixtures.png(Fixtures.actl(1)))).isEqualTo(FileType.IMAGE_PNG);
            assertThat(type(Fixtures.png())).isEqualTo(FileType.IMAGE_PNG);
            byte[] bigText = Fixtures.pngChunk("tEXt", ascii("Comment\0" + "x".repeat(300)));
            assertThat(type(Fixtures.png(bigText, Fixtures.actl(6)))).as("acTL past byte 256").isEqualTo(FileType.IMAGE_PNG);
        }

        @Test
        void gifFramesCountedByImageDescriptors() throws IOException {
            byte[] trailer = bytes(0x3B);
            assertThat(type(concat(Fixtures.gifHeader(), Fixtures.gifFrame(), trailer))).isEqualTo(FileType.IMAGE_GIF);
            assertThat(type(concat(Fixtures.gifHeader(), Fixtures.gifFrame(), Fixtures.gifFrame(), trailer)))
                    .isEqualTo(FileType.ANIMATION_GIF);
            byte[] netscape = concat(bytes(0x21, 0xFF, 11), ascii("NETSCAPE2.0"), bytes(3, 1, 0, 0, 0));
            assertThat(type(concat(Fixtures.gifHeader(), netscape, Fixtures.gifFrame(), trailer)))
                    .as("a loop extension alone does not animate").isEqualTo(FileType.IMAGE_GIF);
            assertThat(type(concat(Fixtures.gifHeader(), Fixtures.gifFrame(), trailer, Fixtures.gifFrame())))
                    .as("frames after the trailer do not count").isEqualTo(FileType.IMAGE_GIF);
            byte[] cut = concat(Fixtures.gifHeader(), Fixtures.gifFrame(), bytes(0x2C, 0, 0, 0));
            assertThat(type(cut)).as("second descriptor cut short").isEqualTo(FileType.IMAGE_GIF);
        }

        @Test
        void webpAnimationNeedsTheFlagAndTwoFrames() throws IOException {
            assertThat(type(Fixtures.webp(true, 3))).isEqualTo(FileType.ANIMATION_WEBP);
            assertThat(type(Fixtures.webp(true, 1))).isEqualTo(FileType.IMAGE_WEBP);
            assertThat(type(Fixtures.webp(false, 3))).isEqualTo(FileType.IMAGE_WEBP);
        }

        @Test
        void jxlAnimationFlag() throws IOException {
            assertThat(type(FormatFixtures.Jxl.codestream(true))).isEqualTo(FileType.ANIMATION_JXL);
            assertThat(type(FormatFixtures.Jxl.codestream(false))).isEqualTo(FileType.IMAGE_JXL);
            assertThat(type(FormatFixtures.Jxl.container(true))).isEqualTo(FileType.ANIMATION_JXL);
            assertThat(type(FormatFixtures.Jxl.container(false))).isEqualTo(FileType.IMAGE_JXL);
            assertThat(type(bytes(0xFF, 0x0A))).isEqualTo(FileType.IMAGE_JXL);
        }
    }

    @Nested
    class Zips {
        byte[] page(int n) {
            return Fixtures.jpegBytes();
        }

        @Test
        void plainZip() throws IOException {
            assertThat(type(Fixtures.zip(ZipItem.deflated("a.txt", ascii("hello")), ZipItem.deflated("b.exe", new byte[3]))))
                    .isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void cbz() throws IOException {
            byte[] cbz = Fixtures.zip(ZipItem.deflated("Comic c01 p001.jpg", page(1)),
                    ZipItem.deflated("Comic c01 p002.jpg", page(2)), ZipItem.deflated("Comic c01 p003.jpg", page(3)),
                    ZipItem.deflated("ComicInfo.xml", ascii("<x/>")));
            assertThat(type(cbz)).isEqualTo(FileType.APPLICATION_CBZ);
            byte[] oneNumbered = Fixtures.zip(ZipItem.deflated("cover.jpg", page(0)), ZipItem.deflated("p1.jpg", page(1)));
            assertThat(type(oneNumbered)).isEqualTo(FileType.APPLICATION_ZIP);
            byte[] withExe = Fixtures.zip(ZipItem.deflated("p1.jpg", page(1)), ZipItem.deflated("p2.jpg", page(2)),
                    ZipItem.deflated("setup.exe", new byte[4]));
            assertThat(type(withExe)).isEqualTo(FileType.APPLICATION_ZIP);
            byte[] upperCase = Fixtures.zip(ZipItem.deflated("P1.JPG", page(1)), ZipItem.deflated("P2.JPG", page(2)));
            assertThat(type(upperCase)).as("cover page lookup is case-sensitive").isEqualTo(FileType.APPLICATION_ZIP);
            byte[] untemplated = Fixtures.zip(ZipItem.deflated("a1.jpg", page(1)), ZipItem.deflated("b2.jpg", page(2)),
                    ZipItem.deflated("c3.png", page(3)));
            assertThat(type(untemplated)).isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void corruptCoverMakesItAZip() throws IOException {
            byte[] cbz = Fixtures.zip(ZipItem.stored("p1.jpg", page(1)), ZipItem.stored("p2.jpg", page(2)));
            byte[] broken = cbz.clone();
            int at = indexOf(broken, Fixtures.jpegBytes());
            broken[at + 5] ^= 0x55;
            assertThat(type(cbz)).isEqualTo(FileType.APPLICATION_CBZ);
            assertThat(type(broken)).as("bad CRC on the cover").isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void ugoira() throws IOException {
            assertThat(type(Fixtures.zip(ZipItem.stored("000000.jpg", page(0)), ZipItem.stored("000001.jpg", page(1)),
                    ZipItem.stored("000002.jpg", page(2))))).isEqualTo(FileType.ANIMATION_UGOIRA);
            assertThat(type(Fixtures.zip(ZipItem.stored("000000.jpg", page(0)), ZipItem.stored("000002.jpg", page(1)))))
                    .as("gap in numbering").isNotEqualTo(FileType.ANIMATION_UGOIRA);
            byte[] json = ascii("{\"frames\": [{\"file\": \"a.png\", \"delay\": 100}, {\"file\": \"b.png\", \"delay\": 50}]}");
            assertThat(type(Fixtures.zip(ZipItem.deflated("animation.json", json), ZipItem.stored("a.png", new byte[8]))))
                    .isEqualTo(FileType.ANIMATION_UGOIRA);
            byte[] listJson = ascii("[{\"file\": \"a.png\", \"delay\": 100}]");
            assertThat(type(Fixtures.zip(ZipItem.deflated("animation.json", listJson)))).isEqualTo(FileType.ANIMATION_UGOIRA);
            byte[] noDelay = ascii("{\"frames\": [{\"file\": \"a.png\"}]}");
            assertThat(type(Fixtures.zip(ZipItem.deflated("animation.json", noDelay)))).isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void openDocumentMimetype() throws IOException {
            assertThat(type(Fixtures.zip(ZipItem.stored("mimetype", ascii("application/x-krita")),
                    ZipItem.deflated("maindoc.xml", ascii("<x/>"))))).isEqualTo(FileType.APPLICATION_KRITA);
            assertThat(type(Fixtures.zip(ZipItem.stored("mimetype", ascii("application/epub+zip")))))
                    .isEqualTo(FileType.APPLICATION_EPUB);
            assertThat(type(Fixtures.zip(ZipItem.stored("mimetype", ascii("image/openraster")))))
                    .isEqualTo(FileType.IMAGE_OPENRASTER);
            assertThat(type(Fixtures.zip(ZipItem.deflated("other.txt", ascii("x")),
                    ZipItem.deflated("mimetype", ascii("application/epub+zip"))))).as("found by name, not by header")
                    .isEqualTo(FileType.APPLICATION_EPUB);
            assertThat(type(Fixtures.zip(ZipItem.stored("mimetype", ascii("application/epub+zip\n")))))
                    .as("the signature at byte 38 only needs the prefix").isEqualTo(FileType.APPLICATION_EPUB);
            assertThat(type(Fixtures.zip(ZipItem.deflated("a.txt", ascii("x")),
                    ZipItem.stored("mimetype", ascii("application/epub+zip\n"))))).as("the entry must match exactly")
                    .isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void officeOpenXml() throws IOException {
            String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"%s\" ContentType=\"%s\"/></Types>";
            byte[] docx = ascii(String.format(types, "/word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
            byte[] xlsx = ascii(String.format(types, "/xl/workbook.xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
            byte[] pptx = ascii(String.format(types, "/ppt/presentation.xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
            assertThat(type(Fixtures.zip(ZipItem.deflated("[Content_Types].xml", docx)))).isEqualTo(FileType.APPLICATION_DOCX);
            assertThat(type(Fixtures.zip(ZipItem.deflated("[Content_Types].xml", xlsx)))).isEqualTo(FileType.APPLICATION_XLSX);
            assertThat(type(Fixtures.zip(ZipItem.deflated("[Content_Types].xml", pptx)))).isEqualTo(FileType.APPLICATION_PPTX);
            byte[] external = ascii("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>");
            assertThat(type(Fixtures.zip(ZipItem.deflated("[Content_Types].xml", external)))).isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void procreate() throws IOException {
            assertThat(type(Fixtures.zip(ZipItem.deflated("Document.archive", FormatFixtures.Bplist.keyedArchive("SilicaDocument")),
                    ZipItem.deflated("QuickLook/Thumbnail.png", new byte[8])))).isEqualTo(FileType.APPLICATION_PROCREATE);
            assertThat(type(Fixtures.zip(ZipItem.deflated("Document.archive", FormatFixtures.Bplist.keyedArchive("NSObject")))))
                    .isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void encryptedEntryMakesAPlainZip() throws IOException {
            byte[] cbz = Fixtures.zip(ZipItem.stored("p1.jpg", page(1)), ZipItem.stored("p2.jpg", page(2)));
            byte[] encrypted = cbz.clone();
            for (int i = 0; i + 4 <= encrypted.length; i++) {
                if (encrypted[i] == 'P' && encrypted[i + 1] == 'K' && encrypted[i + 2] == 1 && encrypted[i + 3] == 2) {
                    encrypted[i + 8] |= 1;
                }
            }
            assertThat(type(encrypted)).isEqualTo(FileType.APPLICATION_ZIP);
        }

        @Test
        void zipWithoutDirectoryIsStillAZip() throws IOException {
            assertThat(type(concat(ascii("PK\u0003\u0004"), new byte[100]))).isEqualTo(FileType.APPLICATION_ZIP);
        }
    }

    @Nested
    class IsoBmff {
        @Test
        void mp4WithAndWithoutVideo() throws IOException {
            assertThat(type(Fixtures.mp4("isom", Fixtures.trak("vide", "avc1"), Fixtures.trak("soun", "mp4a"))))
                    .isEqualTo(FileType.VIDEO_MP4);
            assertThat(type(Fixtures.mp4("isom", Fixtures.trak("soun", "mp4a")))).isEqualTo(FileType.AUDIO_MP4);
            assertThat(type(Fixtures.mp4("mp42", Fixtures.trak("soun", "mp4a")))).isEqualTo(FileType.AUDIO_MP4);
            assertThat(type(Fixtures.mp4("mp41", Fixtures.trak("soun", "mp4a")))).isEqualTo(FileType.AUDIO_MP4);
            assertThat(type(Fixtures.mp4("M4A ", Fixtures.trak("soun", "mp4a")))).isEqualTo(FileType.AUDIO_M4A);
            assertThat(type(Fixtures.mp4("M4A ", Fixtures.trak("vide", "avc1")))).as("brand wins").isEqualTo(FileType.AUDIO_M4A);
        }

        @Test
        void coverPictures() throws IOException {
            byte[] jpeg = Fixtures.jpegBytes();
            byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), new byte[8]);
            assertThat(type(Fixtures.mp4("mp41", Fixtures.trak("soun", "mp4a"), Fixtures.itunesCover(13, jpeg))))
                    .as("audio + mjpeg cover under a generic brand").isEqualTo(FileType.AUDIO_M4A);
            assertThat(type(Fixtures.mp4("mp41", Fixtures.trak("soun", "mp4a"), Fixtures.itunesCover(14, png))))
                    .as("png covers are ignored").isEqualTo(FileType.AUDIO_MP4);
            assertThat(type(Fixtures.mp4("isom", Fixtures.trak("soun", "mp4a"), Fixtures.itunesCover(13, jpeg))))
                    .as("isom: the cover counts as video").isEqualTo(FileType.VIDEO_MP4);
        }

        @Test
        void otherBrandsAndLayouts() throws IOException {
            assertThat(type(Fixtures.mp4("3gp4", Fixtures.trak("vide", "s263")))).isEqualTo(FileType.VIDEO_MP4);
            assertThat(type(Fixtures.mp4("qt  ", Fixtures.trak("vide", "avc1")))).isEqualTo(FileType.VIDEO_MOV);
            byte[] noFtyp = concat(box("wide"), box("mdat", new byte[16]),
                    box("moov", box("mvhd", new byte[100]), Fixtures.trak("vide", "jpeg")));
            assertThat(type(noFtyp)).as("old QuickTime without ftyp").isEqualTo(FileType.VIDEO_MP4);
            assertThat(type(Fixtures.mp4("isom"))).as("no tracks").isEqualTo(FileType.APPLICATION_UNKNOWN);
            assertThat(type(concat(Fixtures.ftyp("isom"), box("mdat", new byte[64])))).as("no moov")
                    .isEqualTo(FileType.APPLICATION_UNKNOWN);
            assertThat(type(Fixtures.mp4("isom", Fixtures.trak("vide", "zzzz"))))
                    .as("unknown video tag still video").isEqualTo(FileType.VIDEO_MP4);
        }
    }

    @Nested
    class Matroska {
        @Test
        void webmVersusMatroskaByCodecs() throws IOException {
            assertThat(type(Fixtures.matroska("webm", Fixtures.mkvTracks(Fixtures.mkvTrack(1, "V_VP9"), Fixtures.mkvTrack(2, "A_OPUS")))))
                    .isEqualTo(FileType.VIDEO_WEBM);
            assertThat(type(Fixtures.matroska("matroska", Fixtures.mkvTracks(Fixtures.mkvTrack(1, "V_AV1")))))
                    .as("matroska doctype with webm codecs").isEqualTo(FileType.VIDEO_WEBM);
            assertThat(type(Fixtures.matroska("webm", Fixtures.mkvTracks(Fixtures.mkvTrack(1, "V_MPEG4/ISO/AVC")))))
                    .as("webm doctype with h264").isEqualTo(FileType.VIDEO_MKV);
            assertThat(type(Fixtures.matroska("webm", Fixtures.mkvTracks(Fixtures.mkvTrack(1, "V_VP8"), Fixtures.mkvTrack(2, "A_AAC")))))
                    .isEqualTo(FileType.VIDEO_MKV);
            assertThat(type(Fixtures.matroska("matroska", Fixtures.mkvTracks(Fixtures.mkvTrack(2, "A_FLAC")))))
                    .isEqualTo(FileType.AUDIO_MKV);
            assertThat(type(Fixtures.matroska("webm", Fixtures.mkvTracks(Fixtures.mkvTrack(2, "A_VORBIS")))))
                    .as("audio only webm is matroska audio").isEqualTo(FileType.AUDIO_MKV);
            assertThat(type(Fixtures.matroska("matroska", Fixtures.mkvTracks())))
                    .isEqualTo(FileType.APPLICATION_UNKNOWN);
        }

        @Test
        void attachedPicturesAreVideo() throws IOException {
            byte[] attachments = Fixtures.ebml(0x1941A469L, Fixtures.ebml(0x61A7,
                    Fixtures.ebml(0x466E, ascii("cover.jpg")), Fixtures.ebml(0x4660, ascii("image/jpeg")),
                    Fixtures.ebml(0x465C, new byte[4])));
            assertThat(type(Fixtures.matroska("matroska", Fixtures.mkvTracks(Fixtures.mkvTrack(2, "A_FLAC")), attachments)))
                    .isEqualTo(FileType.VIDEO_MKV);
        }
    }

    @Nested
    class Ogg {
        byte[] vorbisId() {
            return concat(ascii("\u0001vorbis"), new byte[23]);
        }

        @Test
        void codecsDecideOggOrOgv() throws IOException {
            byte[] vorbis = concat(Fixtures.oggPage(2, 1, 0, vorbisId()),
                    Fixtures.oggPage(0, 1, 1, Fixtures.vorbisCommentPacket("\u0003vorbis", "TITLE=x"), ascii("\u0005vorbis")));
            assertThat(type(vorbis)).isEqualTo(FileType.AUDIO_OGG);
            byte[] theora = concat(Fixtures.oggPage(2, 7, 0, concat(ascii("\u0080theora"), new byte[35])),
                    Fixtures.oggPage(0, 7, 1, Fixtures.vorbisCommentPacket("\u0081theora")));
            assertThat(type(theora)).isEqualTo(FileType.VIDEO_OGV);
            byte[] opus = concat(Fixtures.oggPage(2, 3, 0, concat(ascii("OpusHead"), new byte[11])),
                    Fixtures.oggPage(0, 3, 1, Fixtures.vorbisCommentPacket("OpusTags")));
            assertThat(type(opus)).isEqualTo(FileType.AUDIO_OGG);
            assertThat(type(Fixtures.oggPage(2, 5, 0, ascii("unknown codec")))).isEqualTo(FileType.APPLICATION_UNKNOWN);
        }

        @Test
        void jpegCoverMakesOgv() throws IOException {
            byte[] withJpeg = concat(Fixtures.oggPage(2, 1, 0, vorbisId()),
                    Fixtures.oggPage(0, 1, 1, Fixtures.vorbisCommentPacket("\u0003vorbis", Fixtures.pictureComment("image/jpeg"))));
            assertThat(type(withJpeg)).isEqualTo(FileType.VIDEO_OGV);
            byte[] withPng = concat(Fixtures.oggPage(2, 1, 0, vorbisId()),
                    Fixtures.oggPage(0, 1, 1, Fixtures.vorbisCommentPacket("\u0003vorbis", Fixtures.pictureComment("image/png"))));
            assertThat(type(withPng)).isEqualTo(FileType.AUDIO_OGG);
        }

        @Test
        void commentSpanningPages() throws IOException {
            byte[] comment = Fixtures.vorbisCommentPacket("\u0003vorbis", "PADDING=" + "x".repeat(70_000),
                    Fixtures.pictureComment("image/jpeg"));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(Fixtures.oggPage(2, 1, 0, vorbisId()));
            int seq = 1;
            for (int off = 0; off < comment.length; off += 255 * 200) {
                byte[] part = Arrays.copyOfRange(comment, off, Math.min(comment.length, off + 255 * 200));
                boolean last = off + 255 * 200 >= comment.length;
                byte[] page = last ? Fixtures.oggPage(off == 0 ? 0 : 1, 1, seq++, part)
                        : rawPage(off == 0 ? 0 : 1, seq++, part);
                file.writeBytes(page);
            }
            assertThat(type(file.toByteArray())).isEqualTo(FileType.VIDEO_OGV);
        }

        /** A page whose only segment run does not end its packet (all lacing values 255). */
        private byte[] rawPage(int flags, int seq, byte[] part) {
            byte[] lace = new byte[part.length / 255];
            Arrays.fill(lace, (byte) 255);
            return concat(ascii("OggS"), bytes(0, flags), new byte[8], u32le(1), u32le(seq), new byte[4],
                    bytes(lace.length), lace, part);
        }
    }

    @Nested
    class OtherAudioVideo {
        @Test
        void mpegAudio() throws IOException {
            assertThat(type(Fixtures.mp3Frames(10))).isEqualTo(FileType.AUDIO_MP3);
            assertThat(type(concat(Fixtures.id3(100), Fixtures.mp3Frames(5)))).isEqualTo(FileType.AUDIO_MP3);
            assertThat(type(concat(new byte[100], Fixtures.mp3Frames(10)))).as("junk before the frames")
                    .isEqualTo(FileType.AUDIO_MP3);
            assertThat(type(Fixtures.id3(300))).as("only a tag").isEqualTo(FileType.AUDIO_MP3);
            assertThat(type(Fixtures.mp3Frames(1))).isEqualTo(FileType.APPLICATION_UNKNOWN);
        }

        @Test
        void flacAndWaveBehindPrefixes() throws IOException {
            assertThat(type(concat(Fixtures.id3(50), ascii("fLaC"), new byte[40]))).isEqualTo(FileType.AUDIO_FLAC);
            assertThat(type(concat(ascii("RF64"), u32le(-1), ascii("WAVEds64"), new byte[40]))).isEqualTo(FileType.AUDIO_WAVE);
            assertThat(type(concat(ascii("TTA1"), new byte[40]))).isEqualTo(FileType.AUDIO_TRUEAUDIO);
            assertThat(type(concat(Fixtures.id3(20), Fixtures.mp4("isom", Fixtures.trak("vide", "avc1")))))
                    .isEqualTo(FileType.VIDEO_MP4);
        }

        @Test
        void mpegSystemStreams() throws IOException {
            byte[] pack = concat(bytes(0, 0, 1, 0xBA, 0x44, 0, 4, 0, 4, 1, 1, 0x89, 0xC3, 0xF8));
            byte[] videoPes = concat(bytes(0, 0, 1, 0xE0), Fixtures.u16be(8), new byte[8]);
            byte[] audioPes = concat(bytes(0, 0, 1, 0xC0), Fixtures.u16be(8), new byte[8]);
            assertThat(type(concat(pack, videoPes, pack, audioPes))).isEqualTo(FileType.VIDEO_MPEG);
            assertThat(type(concat(pack, pack))).as("no elementary streams").isEqualTo(FileType.APPLICATION_UNKNOWN);
            byte[] es = concat(bytes(0, 0, 1, 0xB3), new byte[8], bytes(0, 0, 1, 0xB8), new byte[4],
                    bytes(0, 0, 1, 0x00), new byte[4], bytes(0, 0, 1, 0x01), new byte[16]);
            assertThat(type(es)).isEqualTo(FileType.VIDEO_MPEG);
            assertThat(type(FormatFixtures.Ts.stream())).isEqualTo(FileType.VIDEO_MPEG);
        }

        @Test
        void asfAudioOrVideo() throws IOException {
            assertThat(type(FormatFixtures.Asf.file(FormatFixtures.Asf.AUDIO))).isEqualTo(FileType.AUDIO_WMA);
            assertThat(type(FormatFixtures.Asf.file(FormatFixtures.Asf.VIDEO))).isEqualTo(FileType.VIDEO_WMV);
            assertThat(type(FormatFixtures.Asf.file(FormatFixtures.Asf.AUDIO, FormatFixtures.Asf.picture("image/jpeg")))).isEqualTo(FileType.VIDEO_WMV);
            assertThat(type(FormatFixtures.Asf.file(FormatFixtures.Asf.AUDIO, FormatFixtures.Asf.picture("image/png")))).isEqualTo(FileType.AUDIO_WMA);
            assertThat(type(FormatFixtures.Asf.file())).isEqualTo(FileType.APPLICATION_UNKNOWN);
        }

        @Test
        void realMedia() throws IOException {
            assertThat(type(FormatFixtures.RealMedia.file(true))).isEqualTo(FileType.VIDEO_REALMEDIA);
            assertThat(type(FormatFixtures.RealMedia.file(false))).isEqualTo(FileType.AUDIO_REALMEDIA);
            assertThat(type(concat(ascii(".ra\u00fd"), new byte[30]))).isEqualTo(FileType.AUDIO_REALMEDIA);
        }
    }

    @Nested
    class OfficeOle {
        @Test
        void byRootClsid() throws IOException {
            assertThat(type(FormatFixtures.Ole.document("00020906-0000-0000-C000-000000000046", null))).isEqualTo(FileType.APPLICATION_DOC);
            assertThat(type(FormatFixtures.Ole.document("64818D10-4F9B-11CF-86EA-00AA00B929E8", null))).isEqualTo(FileType.APPLICATION_PPT);
        }

        @Test
        void byCreatingApplication() throws IOException {
            assertThat(type(FormatFixtures.Ole.document(null, "Microsoft Excel"))).isEqualTo(FileType.APPLICATION_XLS);
            assertThat(type(FormatFixtures.Ole.document(null, "Microsoft Office Word"))).isEqualTo(FileType.UNDETERMINED_OLE);
        }
    }

    @Nested
    class Probe {
        @Test
        void probeIsAskedOnlyWhenNothingElseKnowsTheFile() throws IOException {
            int[] calls = {0};
            ContainerProbe probe = file -> {
                calls[0]++;
                return Optional.of(new ContainerReport("matroska,webm", "", java.util.List.of(ContainerStream.video("vp9"))));
            };
            FileTypeSniffer sniffer = new FileTypeSniffer(probe);
            assertThat(sniff(ascii("opaque container bytes"), sniffer).fileType()).isEqualTo(FileType.VIDEO_WEBM);
            assertThat(calls[0]).isEqualTo(1);
            assertThat(sniff(Fixtures.png(), sniffer).fileType()).isEqualTo(FileType.IMAGE_PNG);
            assertThat(sniff(Fixtures.mp3Frames(10), sniffer).fileType()).isEqualTo(FileType.AUDIO_MP3);
            assertThat(calls[0]).isEqualTo(1);
            assertThat(sniff(concat(Fixtures.ftyp("isom"), box("mdat", new byte[8])), sniffer).fileType())
                    .as("mp4 without moov goes to the probe").isEqualTo(FileType.VIDEO_WEBM);
        }

        @Test
        void failingProbeMeansUnknown() throws IOException {
            FileTypeSniffer sniffer = new FileTypeSniffer(file -> {
                throw new IOException("ffprobe missing");
            });
            assertThat(sniff(ascii("opaque"), sniffer).refusal()).isEqualTo(Refusal.UNKNOWN_FILETYPE);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
