/** Hydrant app module. See ARCHITECTURE.md for what belongs here. */
package dev.hydrant.app;
