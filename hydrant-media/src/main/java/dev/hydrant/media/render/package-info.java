/**
 * {@code /get_files/render}. Still images: {@link dev.hydrant.media.render.ImageRenderer} produces the bytes for a
 * {@link dev.hydrant.media.render.RenderRequest} (PNG, JPEG or WebP by hydrus's filetype number, an optional exact
 * size, hydrus's quality defaults), refusing other types with
 * {@link dev.hydrant.media.render.NotRenderableException} (hydrus's 400 "Requested file is not an image!").
 * Ugoiras: {@link dev.hydrant.media.render.UgoiraRenderer} plays the frames through into an APNG (our own
 * {@link dev.hydrant.media.render.ApngAnimation}) or an animated WebP (libwebp through ffmpeg, fed an APNG on its
 * standard input), within {@link dev.hydrant.media.render.UgoiraRenderer.Limits}.
 * {@link dev.hydrant.media.render.MediaImageRendering} is the core port over both.
 */
package dev.hydrant.media.render;
