package dev.hydrant.media.render;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.ImageRendering;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.inspect.MediaInfo;

import java.io.IOException;
import java.nio.file.Path;

/** The core {@link ImageRendering} port over {@link ImageRenderer}. */
public final class MediaImageRendering implements ImageRendering {
    private final ImageRenderer renderer;

    public MediaImageRendering(ImageRenderer renderer) {
        this.renderer = renderer;
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
}
