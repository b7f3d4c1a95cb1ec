/**
 * The ffmpeg and ffprobe executables and how we run them.
 *
 * <p>{@link dev.hydrant.media.ffmpeg.FfmpegLocator} finds the executables shipped in
 * {@code org.bytedeco:ffmpeg} (linux-x86_64 classifier) through JavaCPP's {@code Loader}, which extracts
 * them into its cache; no native code is loaded into the JVM. If the machine lacks the desktop sound and
 * screen-capture libraries that build links against, a {@code LinkerShim} stands in for them. A system
 * ffmpeg on the {@code PATH} is the fallback.
 *
 * <p>{@link dev.hydrant.media.ffmpeg.ProcessRunner} runs every program with a hard time limit (the
 * process tree is killed when it passes), bounded standard output, and a head-and-tail capture of
 * standard error. {@link dev.hydrant.media.ffmpeg.Ffmpeg} holds the commands hydrus runs (describe,
 * count frames, check for audible audio, grab one frame, render a PSD, encode WebP), always on
 * {@code file:} inputs with only the file protocol allowed. {@link dev.hydrant.media.ffmpeg.FfmpegLog}
 * reads ffmpeg's log with hydrus's regular expressions; {@link dev.hydrant.media.ffmpeg.FfprobeContainerProbe}
 * is the sniffer's ffprobe-backed {@code ContainerProbe}.
 */
package dev.hydrant.media.ffmpeg;
