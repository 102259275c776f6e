// First step of `pnpm release`: refuses to publish unless NETSTALKER_SITE_URL names the real docs site, because the
// packages built next embed it (feed.json's home_page_url and feed_url) and nothing may ship with a guessed domain.
import { SITE_URL_VARIABLE, siteUrl } from "./site-url.js";

try {
  const url = siteUrl();
  if (!url) {
    console.error(
      `release: ${SITE_URL_VARIABLE} is not set. Set it to the public docs site (e.g. ${SITE_URL_VARIABLE}=https://help.example.org pnpm release); see CONTRIBUTING.md, "Releasing".`,
    );
    process.exit(1);
  }
  console.log(`release: site URL ${url}`);
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
