/**
 * The time use cases: editing a file's times ({@link dev.hydrant.core.times.TimeEditor}, {@code /edit_times/set_time})
 * and its viewing statistics ({@link dev.hydrant.core.times.ViewingStatistics}). The times themselves are file data
 * ({@link dev.hydrant.core.files.FileState}, {@link dev.hydrant.core.files.FileTimes}), stored in milliseconds.
 */
package dev.hydrant.core.times;
