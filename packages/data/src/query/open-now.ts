import type { Channel } from "../schema/channel.js";
import type { Contact } from "../schema/contact.js";
import type { Schedule } from "../schema/schedule.js";

/** true: open; false: closed; "unknown": the hours vary or cannot be known, never a guess. */
export type OpenState = boolean | "unknown";

/** Open state at an instant, with when it next opens and, if open, when it closes. */
export interface OpenStatus {
  open: OpenState;
  /** When open is false: the next instant it opens, or null when unknown. */
  opensAt: Date | null;
  /** When open is true and the window closes: the instant it closes, or null for always-open windows. */
  closesAt: Date | null;
}

export function effectiveSchedule(contact: Contact, channel?: Channel): Schedule {
  throw new Error(`not implemented ${contact.id} ${channel?.type}`);
}
export function isOpenAt(target: Contact | Channel | Schedule, at: Date | number): OpenState {
  throw new Error(`not implemented ${JSON.stringify(target).length} ${String(at)}`);
}
export function nextOpening(target: Contact | Channel | Schedule, from: Date | number): Date | null {
  throw new Error(`not implemented ${JSON.stringify(target).length} ${String(from)}`);
}
export function openStatus(target: Contact | Channel | Schedule, at: Date | number): OpenStatus {
  throw new Error(`not implemented ${JSON.stringify(target).length} ${String(at)}`);
}
