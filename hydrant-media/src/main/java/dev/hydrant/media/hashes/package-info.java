/**
 * Hydrus's file fingerprints for still images: the pixel hash, the 64-bit shape perceptual hash
 * ({@code system:similar to}) and the blurhash, computed exactly as hydrus 682 computes them.
 */
package dev.hydrant.media.hashes;
