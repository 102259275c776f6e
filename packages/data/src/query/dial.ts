import type { Channel } from "../schema/channel.js";

/** The tel: URI for a phone or short-code channel (# is percent-encoded), or null for other channels. */
export function dialHref(channel: Channel): string | null {
  throw new Error(`not implemented ${channel.type}`);
}
