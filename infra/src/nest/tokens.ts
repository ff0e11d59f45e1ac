/** Injection tokens for what every service process shares. */
export const BUS = Symbol('BUS');
export const MONGO = Symbol('MONGO');
export const LOGGER = Symbol('LOGGER');
export const RELAY = Symbol('RELAY');
export const CONFIG = Symbol('CONFIG');
/** A function returning the current time; tests pin it. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;
/** The service's copy of the official working-day calendar (CalendarCopy). */
export const CALENDAR = Symbol('CALENDAR');
