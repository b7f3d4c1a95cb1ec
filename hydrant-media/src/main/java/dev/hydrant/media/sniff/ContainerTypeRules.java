package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.util.Optional;

/**
 * Hydrus's rules for turning ffmpeg's view of a container into a filetype ({@code HydrusVideoHandling
 * .GetMime}), applied to a {@link ContainerReport}.
 *
 * <ul>
 *   <li>The "video" of a file is its first video stream whose codec is not {@code png} or {@code jpg}
 *       (those are cover pictures); if that stream's codec is {@code none} the file has no video. Cover
 *       pictures in other codecs (mjpeg, bmp, gif...) do count as video, as in hydrus.</li>
 *   <li>No video and no audio: unknown.</li>
 *   <li>Matroska/WebM: webm when the video codec is vp8/vp9/av1 and the first audio (if any) is
 *       vorbis/opus; otherwise matroska video, or matroska audio when there is no video.</li>
 *   <li>{@code mpeg}/{@code mpegvideo}/{@code mpegts}: mpeg. {@code flac}, {@code wav}, {@code mp3},
 *       {@code tta}, {@code wv}: those audio types.</li>
 *   <li>mp4 family: major brand {@code M4A} gives m4a, {@code qt} gives quicktime, {@code isom}/{@code mp42}
 *       give mp4 (with video) or mp4 audio; any other brand: audio plus an mjpeg "video" gives m4a, then
 *       mp4 with video, then mp4 audio.</li>
 *   <li>Ogg: ogv with video, ogg otherwise. RealMedia and ASF: video or audio flavour by the presence of
 *       any video stream.</li>
 * </ul>
 */
public final class ContainerTypeRules {

    private ContainerTypeRules() {
    }

    /** The filetype hydrus gives a container ffmpeg describes so; {@code APPLICATION_UNKNOWN} if none. */
    public static FileType decide(ContainerReport report) {
        String name = report.formatName();
        Optional<ContainerStream> firstVideo = report.streams().stream()
                .filter(s -> s.kind() == ContainerStream.Kind.VIDEO && !isCoverCodec(s.codec()))
                .findFirst();
        boolean anyVideo = firstVideo.isPresent();
        String videoFormat = firstVideo.map(ContainerStream::codec).orElse("unknown");
        boolean hasVideo = anyVideo && !videoFormat.startsWith("none");
        Optional<ContainerStream> firstAudio = report.streams().stream()
                .filter(s -> s.kind() == ContainerStream.Kind.AUDIO)
                .findFirst();
        boolean hasAudio = firstAudio.isPresent();
        String audioFormat = firstAudio.map(ContainerStream::codec).orElse("");

        if (!(hasVideo || hasAudio)) {
            return FileType.APPLICATION_UNKNOWN;
        }
        if (name.contains("matroska") || name.contains("webm")) {
            boolean webmVideo = hasVideo && (videoFormat.contains("vp8") || videoFormat.contains("vp9")
                    || videoFormat.contains("av1"));
            boolean webmAudio = !hasAudio || audioFormat.contains("vorbis") || audioFormat.contains("opus");
            if (webmVideo && webmAudio) {
                return FileType.VIDEO_WEBM;
            }
            return hasVideo ? FileType.VIDEO_MKV : FileType.AUDIO_MKV;
        }
        switch (name) {
            case "mpeg", "mpegvideo", "mpegts" -> {
                return FileType.VIDEO_MPEG;
            }
            case "flac" -> {
                return FileType.AUDIO_FLAC;
            }
            case "wav" -> {
                return FileType.AUDIO_WAVE;
            }
            case "mp3" -> {
                return FileType.AUDIO_MP3;
            }
            case "tta" -> {
                return FileType.AUDIO_TRUEAUDIO;
            }
            default -> {
                // fall through to the substring rules below
            }
        }
        if (name.contains("mp4")) {
            String brand = report.majorBrand();
            if (brand.equals("M4A")) {
                return FileType.AUDIO_M4A;
            }
            if (brand.equals("qt")) {
                return FileType.VIDEO_MOV;
            }
            if (brand.equals("isom") || brand.equals("mp42")) {
                return hasVideo ? FileType.VIDEO_MP4 : FileType.AUDIO_MP4;
            }
            if (hasAudio && videoFormat.contains("mjpeg")) {
                return FileType.AUDIO_M4A;
            }
            return hasVideo ? FileType.VIDEO_MP4 : FileType.AUDIO_MP4;
        }
        if (name.equals("ogg")) {
            return hasVideo ? FileType.VIDEO_OGV : FileType.AUDIO_OGG;
        }
        if (name.contains("rm")) {
            return anyVideo ? FileType.VIDEO_REALMEDIA : FileType.AUDIO_REALMEDIA;
        }
        if (name.equals("asf")) {
            return anyVideo ? FileType.VIDEO_WMV : FileType.AUDIO_WMA;
        }
        if (name.equals("wv")) {
            return FileType.AUDIO_WAVPACK;
        }
        return FileType.APPLICATION_UNKNOWN;
    }

    private static boolean isCoverCodec(String codec) {
        return codec.startsWith("png") || codec.startsWith("jpg");
    }
}
