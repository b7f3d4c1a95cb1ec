/**
 * SVG rasterising for thumbnails, as hydrus does it with Qt's {@code QSvgRenderer}: the document's view box
 * scaled into the thumbnail box keeping its aspect ratio, centred, on a transparent canvas.
 *
 * <p>SVG files are untrusted. {@link dev.hydrant.media.svg.SvgRasteriser} parses them with DTDs and external
 * entities switched off, refuses every external or embedded resource (no file, URL or {@code data:} image is
 * ever opened or decoded), caps the file size and the document's nesting, and renders through
 * {@link dev.hydrant.media.svg.DeadlineOutput}, which stops drawing once the time budget is spent.
 */
package dev.hydrant.media.svg;
