/**
 * {@code /get_files/render} for still images: {@link dev.hydrant.media.render.ImageRenderer} produces the
 * bytes for a {@link dev.hydrant.media.render.RenderRequest} (PNG, JPEG or WebP by hydrus's filetype
 * number, an optional exact size, hydrus's quality defaults), refusing other types with
 * {@link dev.hydrant.media.render.NotRenderableException} (hydrus's 400 "Requested file is not an image!").
 */
package dev.hydrant.media.render;
