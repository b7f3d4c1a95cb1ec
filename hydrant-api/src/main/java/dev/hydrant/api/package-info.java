/** Hydrant api module. See ARCHITECTURE.md for what belongs here. */
package dev.hydrant.api;
