// The traces a channel can leave, as sentences: the general fact from TRACE_LABELS, then the channel's own note.
import type { Channel, ChannelLocalized } from "../schema/channel.js";
import type { Lang } from "../schema/primitives.js";
import { TRACE_LABELS } from "./labels.js";

/** The trace sentences for a channel, in the order the channel lists them (empty when it leaves none we know of). */
export function channelTraces(channel: Channel | ChannelLocalized, lang: Lang): string[] {
  return (channel.traces ?? []).map((trace) => TRACE_LABELS[trace][lang]);
}
