/** Hydrant store module. See ARCHITECTURE.md for what belongs here. */
package dev.hydrant.store;
