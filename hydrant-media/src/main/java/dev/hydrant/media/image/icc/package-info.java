/**
 * ICC profile parsing and a bit-exact emulation of LittleCMS's 8-bit RGB matrix-shaper transform
 * to its built-in sRGB profile (what PIL's {@code ImageCms.profileToProfile} does for hydrus).
 */
package dev.hydrant.media.image.icc;
