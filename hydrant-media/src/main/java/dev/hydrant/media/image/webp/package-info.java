/**
 * A VP8 key-frame decoder and libwebp's fancy YUV-to-RGB upsampling, producing the same pixels as
 * libwebp for lossy WebP. Constant tables from RFC 6386 are in {@code vp8-tables.txt}.
 */
package dev.hydrant.media.image.webp;
