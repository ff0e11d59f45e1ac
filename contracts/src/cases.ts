/**
 * Events and request/reply operations of the case-tracking service
 * (context token `cases`). Filled in by the case-tracking issue.
 */
import type { EventDefinition } from './envelope.js';

/** Every case-tracking event, for the registry. */
export const CASES_EVENTS: readonly EventDefinition[] = [];
