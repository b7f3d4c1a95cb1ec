/**
 * The URLs known for files (hydrus's {@code known_urls}): the {@link dev.hydrant.core.urls.known.UrlMappingStore}
 * port that keeps them, the {@link dev.hydrant.core.urls.known.FileUrls} use case behind {@code associate_url},
 * {@code get_url_files} and the URL parts of {@code file_metadata}, and the
 * {@link dev.hydrant.core.urls.known.UrlMappingIndex} port through which the in-memory search data follows every
 * commit.
 */
package dev.hydrant.core.urls.known;
