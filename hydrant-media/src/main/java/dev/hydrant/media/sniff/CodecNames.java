package dev.hydrant.media.sniff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ffmpeg's codec names for the codec tags of the containers the sniffer parses. Hydrus only ever looks
 * at a few of them (vp8/vp9/av1, vorbis/opus, mjpeg, png/jpg, none), so the tables cover the common
 * codecs rather than all of ffmpeg's; an unlisted video tag in a track that is declared as video is
 * reported by its tag in lower case (ffmpeg knows far more tags than we do, and calling such a track
 * "none" would make hydrus's rules drop real video).
 */
final class CodecNames {

    private static final Map<String, String> MOV_VIDEO = Map.ofEntries(
            Map.entry("avc1", "h264"), Map.entry("avc2", "h264"), Map.entry("avc3", "h264"), Map.entry("avc4", "h264"),
            Map.entry("avcp", "h264"), Map.entry("AVin", "h264"), Map.entry("x264", "h264"), Map.entry("H264", "h264"),
            Map.entry("hvc1", "hevc"), Map.entry("hev1", "hevc"), Map.entry("dvh1", "hevc"), Map.entry("dvhe", "hevc"),
            Map.entry("mp4v", "mpeg4"), Map.entry("XVID", "mpeg4"), Map.entry("DIVX", "mpeg4"), Map.entry("3IV2", "mpeg4"),
            Map.entry("av01", "av1"), Map.entry("vp08", "vp8"), Map.entry("vp09", "vp9"),
            Map.entry("vvc1", "vvc"), Map.entry("vvi1", "vvc"),
            Map.entry("jpeg", "mjpeg"), Map.entry("mjpa", "mjpeg"), Map.entry("mjpb", "mjpeg"), Map.entry("AVDJ", "mjpeg"),
            Map.entry("dmb1", "mjpeg"), Map.entry("AVRn", "mjpeg"), Map.entry("MJPG", "mjpeg"),
            Map.entry("png ", "png"), Map.entry("MNG ", "png"), Map.entry("gif ", "gif"), Map.entry("tiff", "tiff"),
            Map.entry("apch", "prores"), Map.entry("apcn", "prores"), Map.entry("apcs", "prores"), Map.entry("apco", "prores"),
            Map.entry("ap4h", "prores"), Map.entry("ap4x", "prores"),
            Map.entry("s263", "h263"), Map.entry("h263", "h263"), Map.entry("H263", "h263"),
            Map.entry("mp1v", "mpeg1video"), Map.entry("m1v1", "mpeg1video"), Map.entry("m1v ", "mpeg1video"),
            Map.entry("mp2v", "mpeg2video"), Map.entry("m2v1", "mpeg2video"), Map.entry("hdv2", "mpeg2video"),
            Map.entry("hdv3", "mpeg2video"), Map.entry("hdv5", "mpeg2video"), Map.entry("xdv2", "mpeg2video"),
            Map.entry("mx5n", "mpeg2video"), Map.entry("mx5p", "mpeg2video"),
            Map.entry("SVQ1", "svq1"), Map.entry("SVQ3", "svq3"), Map.entry("cvid", "cinepak"), Map.entry("rle ", "qtrle"),
            Map.entry("raw ", "rawvideo"), Map.entry("2vuy", "rawvideo"), Map.entry("yuv2", "rawvideo"),
            Map.entry("v210", "v210"), Map.entry("dvc ", "dvvideo"), Map.entry("dvcp", "dvvideo"),
            Map.entry("dv5n", "dvvideo"), Map.entry("dv5p", "dvvideo"), Map.entry("dvpp", "dvvideo"),
            Map.entry("mjp2", "jpeg2000"), Map.entry("j2k ", "jpeg2000"), Map.entry("drac", "dirac"),
            Map.entry("FFV1", "ffv1"), Map.entry("Hap1", "hap"), Map.entry("Hap5", "hap"), Map.entry("HapY", "hap"),
            Map.entry("CRAW", "none"));

    private static final Map<String, String> MOV_AUDIO = Map.ofEntries(
            Map.entry("mp4a", "aac"), Map.entry(".mp3", "mp3"), Map.entry("ms\u0000U", "mp3"), Map.entry(".mp2", "mp2"),
            Map.entry("alac", "alac"), Map.entry("Opus", "opus"), Map.entry("fLaC", "flac"), Map.entry("ac-3", "ac3"),
            Map.entry("ec-3", "eac3"), Map.entry("ac-4", "ac4"), Map.entry("dtsc", "dts"), Map.entry("sowt", "pcm_s16le"),
            Map.entry("twos", "pcm_s16be"), Map.entry("lpcm", "pcm_s16le"), Map.entry("in24", "pcm_s24be"),
            Map.entry("in32", "pcm_s32be"), Map.entry("fl32", "pcm_f32be"), Map.entry("fl64", "pcm_f64be"),
            Map.entry("raw ", "pcm_u8"), Map.entry("ulaw", "pcm_mulaw"), Map.entry("alaw", "pcm_alaw"),
            Map.entry("ima4", "adpcm_ima_qt"), Map.entry("samr", "amr_nb"), Map.entry("sawb", "amr_wb"),
            Map.entry("QDM2", "qdm2"), Map.entry("QDMC", "qdmc"), Map.entry("mha1", "mpegh_3d_audio"),
            Map.entry("spex", "speex"), Map.entry("iamf", "iamf"));

    /** ffmpeg's Matroska codec ids, matched as prefixes in this order. */
    private static final List<Map.Entry<String, String>> MKV = List.of(
            Map.entry("A_AAC", "aac"), Map.entry("A_AC3", "ac3"), Map.entry("A_ALAC", "alac"), Map.entry("A_DTS", "dts"),
            Map.entry("A_EAC3", "eac3"), Map.entry("A_FLAC", "flac"), Map.entry("A_MLP", "mlp"),
            Map.entry("A_MPEG/L2", "mp2"), Map.entry("A_MPEG/L1", "mp1"), Map.entry("A_MPEG/L3", "mp3"),
            Map.entry("A_OPUS", "opus"), Map.entry("A_PCM/FLOAT/IEEE", "pcm_f32le"), Map.entry("A_PCM/INT/BIG", "pcm_s16be"),
            Map.entry("A_PCM/INT/LIT", "pcm_s16le"), Map.entry("A_QUICKTIME/QDMC", "qdmc"),
            Map.entry("A_QUICKTIME/QDM2", "qdm2"), Map.entry("A_REAL/14_4", "ra_144"), Map.entry("A_REAL/28_8", "ra_288"),
            Map.entry("A_REAL/ATRC", "atrac3"), Map.entry("A_REAL/COOK", "cook"), Map.entry("A_REAL/SIPR", "sipr"),
            Map.entry("A_TRUEHD", "truehd"), Map.entry("A_TTA1", "tta"), Map.entry("A_VORBIS", "vorbis"),
            Map.entry("A_WAVPACK4", "wavpack"),
            Map.entry("V_AV1", "av1"), Map.entry("V_AVS2", "avs2"), Map.entry("V_AVS3", "avs3"),
            Map.entry("V_DIRAC", "dirac"), Map.entry("V_FFV1", "ffv1"), Map.entry("V_MJPEG", "mjpeg"),
            Map.entry("V_MPEG1", "mpeg1video"), Map.entry("V_MPEG2", "mpeg2video"),
            Map.entry("V_MPEG4/ISO/ASP", "mpeg4"), Map.entry("V_MPEG4/ISO/AP", "mpeg4"),
            Map.entry("V_MPEG4/ISO/SP", "mpeg4"), Map.entry("V_MPEG4/ISO/AVC", "h264"),
            Map.entry("V_MPEGH/ISO/HEVC", "hevc"), Map.entry("V_MPEGI/ISO/VVC", "vvc"),
            Map.entry("V_MPEG4/MS/V3", "msmpeg4v3"), Map.entry("V_PRORES", "prores"),
            Map.entry("V_REAL/RV10", "rv10"), Map.entry("V_REAL/RV20", "rv20"), Map.entry("V_REAL/RV30", "rv30"),
            Map.entry("V_REAL/RV40", "rv40"), Map.entry("V_SNOW", "snow"), Map.entry("V_THEORA", "theora"),
            Map.entry("V_UNCOMPRESSED", "rawvideo"), Map.entry("V_VP8", "vp8"), Map.entry("V_VP9", "vp9"));

    /** ffmpeg's video-for-windows fourccs for the codecs hydrus cares about. */
    private static final Map<String, String> BMP = Map.ofEntries(
            Map.entry("VP80", "vp8"), Map.entry("VP90", "vp9"), Map.entry("AV01", "av1"),
            Map.entry("H264", "h264"), Map.entry("h264", "h264"), Map.entry("X264", "h264"), Map.entry("x264", "h264"),
            Map.entry("avc1", "h264"), Map.entry("HEVC", "hevc"), Map.entry("H265", "hevc"), Map.entry("hev1", "hevc"),
            Map.entry("XVID", "mpeg4"), Map.entry("xvid", "mpeg4"), Map.entry("DIVX", "mpeg4"), Map.entry("divx", "mpeg4"),
            Map.entry("DX50", "mpeg4"), Map.entry("FMP4", "mpeg4"), Map.entry("MP4V", "mpeg4"), Map.entry("mp4v", "mpeg4"),
            Map.entry("MJPG", "mjpeg"), Map.entry("mjpg", "mjpeg"), Map.entry("WMV1", "wmv1"), Map.entry("WMV2", "wmv2"),
            Map.entry("WMV3", "wmv3"), Map.entry("WVC1", "vc1"), Map.entry("MPG2", "mpeg2video"),
            Map.entry("DIV3", "msmpeg4v3"), Map.entry("MP43", "msmpeg4v3"), Map.entry("FFV1", "ffv1"));

    private CodecNames() {
    }

    static String movVideo(String fourcc) {
        return MOV_VIDEO.get(fourcc);
    }

    static String movAudio(String fourcc) {
        return MOV_AUDIO.get(fourcc);
    }

    /** The codec name of a Matroska codec id, or null when ffmpeg would not know it. */
    static String matroska(String codecId) {
        for (Map.Entry<String, String> e : MKV) {
            if (codecId.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The codec of a video-for-windows fourcc; unknown non-empty tags are reported by their tag. */
    static String bitmapFourcc(String fourcc) {
        String known = BMP.get(fourcc);
        if (known != null) {
            return known;
        }
        return fourcc.isBlank() || fourcc.chars().allMatch(c -> c == 0) ? "none" : unknownTag(fourcc);
    }

    static String unknownTag(String tag) {
        String cleaned = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        return cleaned.isEmpty() || cleaned.startsWith("none") || cleaned.startsWith("png") || cleaned.startsWith("jpg")
                ? "unknown_" + cleaned : cleaned;
    }

    /** The codec of an attached picture by its mime type (ffmpeg's id3v2 picture table), or null. */
    static String pictureMime(String mime) {
        return switch (mime) {
            case "image/gif" -> "gif";
            case "image/jpeg", "image/jpg", "JPG" -> "mjpeg";
            case "image/png", "PNG" -> "png";
            case "image/tiff" -> "tiff";
            case "image/bmp" -> "bmp";
            case "image/webp" -> "webp";
            default -> null;
        };
    }
}
