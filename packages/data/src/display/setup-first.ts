// What must be done before a channel can be used at all (an app to register for), worded once for every surface.
import type { Channel, ChannelLocalized } from "../schema/channel.js";
import type { Lang } from "../schema/primitives.js";
import { CONTACT_TEXT_LABELS } from "./labels.js";

/** The sentence saying a channel needs registering for in advance, or null when it can be used straight away. */
export function setUpFirstNote(channel: Channel | ChannelLocalized, lang: Lang): string | null {
  return "needsRegistration" in channel && channel.needsRegistration
    ? CONTACT_TEXT_LABELS.needsRegistration[lang]
    : null;
}
