package dev.hydrant.media.render;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.ImageRendering;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.files.RenderFailedException;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.archive.UgoiraNoteDelays;
import dev.hydrant.media.inspect.MediaInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The core {@link ImageRendering} port over {@link ImageRenderer} (stills) and {@link UgoiraRenderer} (ugoiras). */
public final class MediaImageRendering implements ImageRendering {
    private final ImageRenderer renderer;
    private final UgoiraRenderer ugoiras;

    public MediaImageRendering(ImageRenderer renderer, UgoiraRenderer ugoiras) {
        this.renderer = renderer;
        this.ugoiras = ugoiras;
    }

    @Override
    public Rendered render(Path file, FileType type, MediaProperties media, int format, Integer width, Integer height,
                           Integer quality) throws IOException {
        RenderFormat renderFormat = RenderFormat.fromFiletypeEnum(format)
                .orElseThrow(() -> new IllegalArgumentException("not a render format: " + format));
        MediaInfo info = new MediaInfo(media.width(), media.height(), media.durationMs(), media.numFrames(),
                Boolean.TRUE.equals(media.hasAudio()), null);
        try {
            RenderedImage image = renderer.render(file, type, info, new RenderRequest(renderFormat, width, height, quality));
            return new Rendered(image.bytes(), renderFormat.mime());
        } catch (MediaException e) {
            throw new IOException("could not render " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Rendered renderUgoira(Path file, int format, int quality, Supplier<Map<String, String>> notes)
            throws IOException {
        UgoiraRenderFormat ugoiraFormat = UgoiraRenderFormat.fromFiletypeEnum(format)
                .orElseThrow(() -> new IllegalArgumentException("not a ugoira render format: " + format));
        try {
            RenderedAnimation animation = ugoiras.render(file, ugoiraFormat, quality,
                    () -> UgoiraNoteDelays.from(notes.get()).orElse(List.of()));
            return new Rendered(animation.bytes(), ugoiraFormat.mime());
        } catch (RenderBusyException e) {
            throw new RenderFailedException(e.getMessage(), true, e);
        } catch (MediaException e) {
            throw new RenderFailedException(e.getMessage(), false, e);
        }
    }
}
