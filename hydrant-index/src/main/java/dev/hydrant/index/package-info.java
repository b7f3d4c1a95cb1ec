/** Hydrant index module. See ARCHITECTURE.md for what belongs here. */
package dev.hydrant.index;
