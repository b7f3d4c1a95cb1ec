/** Hydrant core module. See ARCHITECTURE.md for what belongs here. */
package dev.hydrant.core;
