// How each kind of channel is used: by speaking on a call, by text (no voice call at all), by going somewhere, or
// only to read. "I can't talk on the phone" (the widget's control, the docs' switch, the API's `channel=text`) keeps
// the text ones. Typed against the schema's channel types, so a new type (an app, a relay service) fails to compile
// here until someone decides which it is.
import type { Channel, ChannelLocalized, ChannelType } from "../schema/channel.js";

/** voice: a call a person must speak on; text: usable without speaking; visit: go in person; info: a page to read. */
export type ChannelMode = "voice" | "text" | "visit" | "info";

/** Each channel type's mode: a new channel type must be added here before anything compiles. */
export const CHANNEL_MODES: Readonly<Record<ChannelType, ChannelMode>> = {
  phone: "voice",
  shortcode: "voice",
  chat: "text",
  line: "text",
  email: "text",
  form: "text",
  // Both need registering beforehand (needsRegistration), which the surfaces say next to them.
  app: "text",
  relay: "text",
  "in-person": "visit",
  web: "info",
};

/** The channel types a person can use without a voice call (chat, LINE, e-mail, forms, apps, relay), in CHANNEL_MODES order. */
export const NO_VOICE_CHANNEL_TYPES: readonly ChannelType[] = (Object.keys(CHANNEL_MODES) as ChannelType[]).filter(
  (type) => CHANNEL_MODES[type] === "text",
);

/** Whether a channel can be used without speaking on a call. */
export function isNoVoiceChannel(channel: Channel | ChannelLocalized): boolean {
  return CHANNEL_MODES[channel.type] === "text";
}

/** Whether a channel is a way to reach someone from where the person is (a call or a message), not a visit or a page. */
export function isRemoteAction(channel: Channel | ChannelLocalized): boolean {
  const mode = CHANNEL_MODES[channel.type];
  return mode === "voice" || mode === "text";
}
