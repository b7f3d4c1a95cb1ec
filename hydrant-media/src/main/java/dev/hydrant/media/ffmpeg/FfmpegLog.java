package dev.hydrant.media.ffmpeg;

import dev.hydrant.media.DamagedMediaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text ffmpeg prints on standard error when it opens a file, read the way hydrus reads it.
 *
 * <p>Hydrus never asks ffprobe for metadata: it runs {@code ffmpeg -i FILE} (sometimes decoding into
 * {@code -f null}) and picks values out of the log with regular expressions. Every quirk of that reading
 * shapes the numbers it stores (durations with two decimals, the first {@code Video:} stream line, the
 * smaller of {@code fps} and {@code tbr}, the last {@code frame=} progress line), so this class applies
 * the same rules to the same text. Lines are split as Python's {@code str.splitlines} splits them, which
 * matters because ffmpeg separates progress updates with carriage returns.
 */
public final class FfmpegLog {

    private static final Pattern STREAM_LINE = Pattern.compile("^\\s*Stream");
    private static final Pattern DURATION_LINE = Pattern.compile("^\\s*Duration:");
    private static final Pattern START = Pattern.compile("(start: )-?[0-9]+\\.[0-9]*");
    private static final Pattern HMS = Pattern.compile("[0-9]+:[0-9][0-9]:[0-9][0-9].[0-9][0-9]");
    private static final Pattern RESOLUTION = Pattern.compile(" [0-9]*x[0-9]*([, ])");
    private static final Pattern SAR = Pattern.compile("[\\[\\s]SAR [0-9]*:[0-9]*[,\\s]");
    private static final Pattern TBR = Pattern.compile("( [0-9]*.| )[0-9]* tbr");
    private static final Pattern FPS = Pattern.compile("( [0-9]*.| )[0-9]* fps");
    private static final Pattern VIDEO_FORMAT = Pattern.compile("(?<=Video:\\s).+?(?=,)");
    private static final Pattern AUDIO_FORMAT = Pattern.compile("(?<=Audio:\\s).+?(?=,)");
    private static final Pattern METADATA_LINE = Pattern.compile("^\\s*Metadata:\\s*");
    private static final Pattern MAJOR_BRAND = Pattern.compile("^\\s*major_brand\\s*:.+");

    /** The file's overall duration (start offset added) and the stream duration, in seconds. */
    public record Durations(double fileSeconds, double streamSeconds) {
    }

    /** A frame rate and whether hydrus trusts it. */
    public record FrameRate(double fps, boolean confident) {
    }

    /** Whether a stream of a kind exists, and ffmpeg's description of its codec. */
    public record StreamFormat(boolean present, String format) {
    }

    private final List<String> lines;

    private FfmpegLog(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Splits ffmpeg's standard error into lines exactly as Python's {@code splitlines()} does. */
    public static FfmpegLog of(String stderr) {
        return new FfmpegLog(splitLines(stderr));
    }

    public List<String> lines() {
        return lines;
    }

    /**
     * Hydrus's sanity check of the log: no output at all, or a last line saying ffmpeg found invalid
     * data, means ffmpeg could not parse the file.
     */
    public FfmpegLog requireParsed() throws DamagedMediaException {
        if (lines.isEmpty()) {
            throw new DamagedMediaException("Could not parse that file--no FFMPEG output given.");
        }
        String last = lines.get(lines.size() - 1);
        if (last.contains("No such file or directory")) {
            throw new DamagedMediaException("File not found!");
        }
        if (last.contains("Invalid data")) {
            throw new DamagedMediaException("FFMPEG could not parse.");
        }
        return this;
    }

    /** The first stream line about video, leaving out cover pictures ({@code png}, and {@code jpg} unless allowed). */
    public Optional<String> videoLine(boolean pngOk) {
        List<String> bad = pngOk ? List.of("jpg") : List.of("png", "jpg");
        for (String line : lines) {
            if (STREAM_LINE.matcher(line).find() && line.contains("Video: ")
                    && bad.stream().noneMatch(b -> line.contains("Video: " + b))) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    public boolean hasVideo() {
        return videoLine(false).isPresent();
    }

    /** Hydrus's {@code ParseFFMPEGVideoFormat}: a codec of {@code none...} counts as no video. */
    public StreamFormat videoFormat() {
        Optional<String> line = videoLine(false);
        if (line.isEmpty()) {
            return new StreamFormat(false, "unknown");
        }
        Matcher m = VIDEO_FORMAT.matcher(line.get());
        if (!m.find()) {
            return new StreamFormat(true, "unknown");
        }
        String format = m.group();
        if (format.startsWith("none")) {
            return new StreamFormat(false, "none");
        }
        return new StreamFormat(true, format);
    }

    /** Hydrus's {@code ParseFFMPEGAudio}: the first stream line about audio. */
    public StreamFormat audioFormat() {
        for (String line : lines) {
            if (STREAM_LINE.matcher(line).find() && line.contains("Audio: ")) {
                Matcher m = AUDIO_FORMAT.matcher(line);
                return new StreamFormat(true, m.find() ? m.group() : "unknown");
            }
        }
        return new StreamFormat(false, null);
    }

    /**
     * Hydrus's {@code ParseFFMPEGDuration}: the {@code Duration:} line with its two-decimal time, plus the
     * start offset for the file duration (offsets over a second are ignored); empty for {@code N/A}, a zero
     * duration, or a start offset beyond 85% of the duration.
     */
    public Optional<Durations> durations() throws DamagedMediaException {
        return durations(null);
    }

    /**
     * {@link #durations()}, with the time printed on the {@code Duration:} line replaced by
     * {@code printedSeconds} (what another ffmpeg version would have printed there) when that is given.
     */
    public Optional<Durations> durations(Double printedSeconds) throws DamagedMediaException {
        try {
            String line = lines.stream().filter(l -> DURATION_LINE.matcher(l).find()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no duration line"));
            if (line.contains("Duration: N/A") && printedSeconds == null) {
                return Optional.empty();
            }
            double startOffset = 0;
            if (line.contains("start:")) {
                Matcher m = START.matcher(line);
                if (!m.find()) {
                    throw new IllegalStateException("start offset unreadable");
                }
                startOffset = Double.parseDouble(line.substring(m.start() + 7, m.end()));
            }
            double duration;
            if (printedSeconds != null) {
                duration = printedSeconds;
            } else {
                Matcher hms = HMS.matcher(line);
                if (!hms.find()) {
                    throw new IllegalStateException("duration unreadable");
                }
                String[] parts = line.substring(hms.start(), hms.end()).split(":");
                duration = 3600 * Double.parseDouble(parts[0]) + 60 * Double.parseDouble(parts[1])
                        + Double.parseDouble(parts[2]);
            }
            if (duration == 0) {
                return Optional.empty();
            }
            if (startOffset > 0.85 * duration) {
                return Optional.empty();
            }
            if (startOffset > 1) {
                startOffset = 0;
            }
            return Optional.of(new Durations(duration + startOffset, duration));
        } catch (RuntimeException e) {
            throw new DamagedMediaException("Error reading duration!", e);
        }
    }

    /**
     * The seconds ffmpeg prints on its {@code Duration:} line for a duration in microseconds: rounded to
     * the nearest hundredth (ffmpeg adds 5000 µs, then truncates), read back as hydrus reads it.
     */
    public static double printedSeconds(long microseconds) {
        long rounded = microseconds + 5000;
        long hours = rounded / 3_600_000_000L;
        long minutes = rounded / 60_000_000L % 60;
        long seconds = rounded / 1_000_000L % 60;
        long hundredths = rounded % 1_000_000L * 100 / 1_000_000L;
        return 3600 * (double) hours + 60 * (double) minutes
                + Double.parseDouble(String.format(java.util.Locale.ROOT, "%02d.%02d", seconds, hundredths));
    }

    /**
     * Hydrus's {@code ParseFFMPEGVideoResolution}: the first {@code WxH} on the video line, with the width
     * stretched by a sample aspect ratio other than 1:1 (integer arithmetic, as hydrus does). Rotation
     * metadata is not applied.
     */
    public Resolution videoResolution(boolean pngOk) throws DamagedMediaException {
        try {
            String line = videoLine(pngOk).orElseThrow(() -> new IllegalStateException("no video line"));
            Matcher m = RESOLUTION.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("no resolution");
            }
            String[] wh = line.substring(m.start() + 1, m.end() - 1).split("x", -1);
            if (wh.length != 2) {
                throw new IllegalStateException("resolution unreadable");
            }
            long width = Long.parseLong(wh[0]);
            long height = Long.parseLong(wh[1]);
            Matcher sar = SAR.matcher(line);
            if (sar.find()) {
                String ratio = line.substring(sar.start() + 5, sar.end() - 1);
                String[] parts = ratio.split(":", -1);
                if (parts.length != 2) {
                    throw new IllegalStateException("aspect ratio unreadable");
                }
                long sarWidth = Long.parseLong(parts[0]);
                long sarHeight = Long.parseLong(parts[1]);
                width = Math.floorDiv(width * sarWidth, sarHeight);
            }
            return new Resolution(Math.toIntExact(width), Math.toIntExact(height));
        } catch (RuntimeException e) {
            throw new DamagedMediaException("Error parsing resolution!", e);
        }
    }

    /**
     * Hydrus's {@code ParseFFMPEGFPS}: the smaller of the {@code tbr} and {@code fps} figures that look
     * sensible; confident when they agree within 5% (or only one exists). With neither: 1 fps, not
     * confident.
     */
    public FrameRate frameRate(boolean pngOk) throws DamagedMediaException {
        try {
            String line = videoLine(pngOk).orElseThrow(() -> new IllegalStateException("no video line"));
            TreeSet<Double> possible = new TreeSet<>();
            addRate(possible, TBR, line);
            addRate(possible, FPS, line);
            possible.remove(0.0);
            if (possible.isEmpty()) {
                return new FrameRate(1, false);
            }
            double max = possible.last();
            boolean allClose = possible.stream().allMatch(r -> r >= max * 0.95);
            boolean confident = allClose || possible.size() <= 1;
            return new FrameRate(possible.first(), confident);
        } catch (RuntimeException e) {
            throw new DamagedMediaException("Error estimating framerate!", e);
        }
    }

    private static void addRate(TreeSet<Double> possible, Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return;
        }
        String text = line.substring(m.start(), m.end()).split(" ", -1)[1];
        if (text.endsWith("k")) {
            return;
        }
        double value = Double.parseDouble(text);
        if (value <= 1 || value == 100 || value > 144) {
            return;
        }
        possible.add(value);
    }

    /** Hydrus's {@code ParseFFMPEGNumFramesManually}: the count on the last {@code frame=} progress line. */
    public int countedFrames() throws DamagedMediaException {
        String last = null;
        for (String line : lines) {
            if (line.startsWith("frame=")) {
                last = line;
            }
        }
        if (last == null) {
            throw new DamagedMediaException("Video appears to be broken and non-renderable--perhaps a damaged single-frame video?");
        }
        String rest = last.substring("frame=".length()).stripLeading();
        int space = rest.indexOf(' ');
        try {
            return Integer.parseInt(space >= 0 ? rest.substring(0, space) : rest);
        } catch (NumberFormatException e) {
            throw new DamagedMediaException("Video was unable to render correctly--could not parse ffmpeg output line: \"" + last + "\"");
        }
    }

    /** The demuxer names on the {@code Input #0} line ({@code matroska,webm}, {@code mov,mp4,m4a,3gp,3g2,mj2}...). */
    public Optional<String> demuxerNames() {
        List<String> inputs = lines.stream().filter(l -> l.startsWith("Input #0")).toList();
        if (inputs.size() != 1 || inputs.get(0).length() < 10) {
            return Optional.empty();
        }
        String text = inputs.get(0).substring(10);
        int from = text.indexOf(", from");
        return Optional.of(from >= 0 ? text.substring(0, from) : text);
    }

    /** The {@code major_brand} metadata after the first {@code Metadata:} line, or empty text. */
    public String majorBrand() {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (METADATA_LINE.matcher(lines.get(i)).lookingAt()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return "";
        }
        for (String line : lines.subList(start, lines.size())) {
            if (MAJOR_BRAND.matcher(line).lookingAt()) {
                return line.split(":", 2)[1].strip();
            }
        }
        return "";
    }

    /** A width and height in pixels. */
    public record Resolution(int width, int height) {
    }

    /** Python's {@code str.splitlines()}: breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85
                    || c == 0x2028 || c == 0x2029) {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
