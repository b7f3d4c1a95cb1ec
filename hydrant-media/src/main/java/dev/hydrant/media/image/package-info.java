/**
 * Still-image decoding to hydrus's normalised pixel buffer, and OpenCV-exact resampling.
 *
 * <p>{@link dev.hydrant.media.image.StillImageLoader} reproduces what hydrus 682 gets from PIL:
 * the same decoded samples (JDK readers for JPEG/PNG/GIF match libjpeg/libpng; lossy WebP goes
 * through our own VP8 decoder), EXIF orientation (never for PNG), colour management to sRGB as
 * LittleCMS does it (embedded ICC profiles and PNG gAMA/cHRM), PIL's conversion to RGB/RGBA and
 * hydrus's useless-alpha stripping. A pixel limit is checked from the header before decoding.
 *
 * <p>The resamplers reimplement {@code cv2.resize} (INTER_AREA, INTER_LINEAR, INTER_LANCZOS4) and
 * {@link dev.hydrant.media.image.Greyscale} {@code cv2.cvtColor(RGB2GRAY)} for 8-bit data,
 * bit for bit.
 */
package dev.hydrant.media.image;
