import type { Channel, ChannelLocalized } from "../schema/channel.js";

/** The tel: URI for a phone or short-code channel (# is percent-encoded), or null for other channels. */
export function dialHref(channel: Channel | ChannelLocalized): string | null {
  switch (channel.type) {
    case "phone":
      // E.164 dials from anywhere, including a foreign SIM; the domestic digits are the fallback.
      return `tel:${channel.e164 ?? channel.number.replace(/\D/g, "")}`;
    case "shortcode":
      // "#" starts a fragment in a URI (RFC 3966), so it must be written %23 to reach the dialler.
      return `tel:${channel.code.replace(/#/g, "%23")}`;
    default:
      return null;
  }
}
