// Where the embed page's quick exit may go. The embed page is reached by a link anyone can write (`/embed?exit-url=`),
// so an address taken from that link would turn our own domain into an open redirect an abuser could send, and tell
// them (from their own server's log) when the exit was used. The page therefore goes only to one of these neutral,
// non-personalised sites, shipped with the widget; anything else gets the default. A page that embeds the script
// sets `exit-url` itself (its own code, not a link) and may choose any http(s) address.

/**
 * The default: tenki.jp, the Japan Weather Association's forecast. A weather page is what the GOV.UK "Exit this page"
 * pattern recommends: common, harmless to be seen on, and not personalised.
 */
export const DEFAULT_EXIT_URL = "https://tenki.jp/";

/** Every destination the embed page accepts in `exit-url` (weather pages; the default first). */
export const EXIT_DESTINATIONS: readonly string[] = Object.freeze([
  DEFAULT_EXIT_URL,
  // The Japan Meteorological Agency's home page.
  "https://www.jma.go.jp/jma/index.html",
  // BBC Weather, the GOV.UK pattern's own default, for a person reading in English.
  "https://www.bbc.co.uk/weather",
]);

/** `value` when it is one of {@link EXIT_DESTINATIONS} (compared as parsed URLs), else {@link DEFAULT_EXIT_URL}. */
export function listedExitUrl(value: string | null | undefined): string {
  if (!value) return DEFAULT_EXIT_URL;
  let href: string;
  try {
    href = new URL(value).href;
  } catch {
    return DEFAULT_EXIT_URL;
  }
  return EXIT_DESTINATIONS.find((d) => new URL(d).href === href) ?? DEFAULT_EXIT_URL;
}
