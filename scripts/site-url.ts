// The public docs site's URL, from one setting: the environment variable NETSTALKER_SITE_URL (e.g.
// https://help.example.org, no trailing slash needed). The docs build (canonical links, sitemap, JSON-LD) and the
// data package's feed.json (home_page_url, feed_url) read it here. Without it, builds emit no absolute URL of the
// site at all, and `pnpm release` refuses to run (scripts/require-site-url.ts): nothing ships pointing at a guess.

/** The name of the one setting. */
export const SITE_URL_VARIABLE = "NETSTALKER_SITE_URL";

// RFC 2606 / RFC 6761 names that can never be the real site.
const RESERVED = /(?:^|\.)(?:example|invalid|test|localhost)$|(?:^|\.)example\.(?:com|net|org)$/;

/**
 * The site URL from `env` without a trailing slash, or undefined when the setting is absent or empty. Throws, naming
 * the variable, on anything but an https URL of a real host (placeholder domains such as *.example are refused).
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env[SITE_URL_VARIABLE]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE} must be an absolute https URL such as https://help.example.org, got "${raw}"`,
    );
  }
  if (url.protocol !== "https:") throw new Error(`${SITE_URL_VARIABLE} must use https, got "${raw}"`);
  if (RESERVED.test(url.hostname)) {
    throw new Error(`${SITE_URL_VARIABLE} is a placeholder domain ("${url.hostname}"): set the site's real URL`);
  }
  if (url.search || url.hash) throw new Error(`${SITE_URL_VARIABLE} must have no query or fragment, got "${raw}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
