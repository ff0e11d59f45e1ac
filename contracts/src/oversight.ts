/**
 * Events and request/reply operations of the oversight service. Filled in by
 * the oversight issue.
 */
import type { EventDefinition } from './envelope.js';

/** Every oversight event, for the registry. */
export const OVERSIGHT_EVENTS: readonly EventDefinition[] = [];
