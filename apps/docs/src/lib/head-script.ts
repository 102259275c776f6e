// The one inline script of our own, first in every page's <head> (ThemeProvider.astro), before any other script:
// - the theme, from the operating system's light/dark setting only, set before the first paint. Starlight's theme
//   provider reads (and its picker writes) `starlight-theme` in localStorage: a trace on the device that this site was
//   visited. The site has no picker (ThemeSelect.astro);
// - nothing written to storage: Starlight's page always includes a script that keeps the sidebar's state in
//   sessionStorage when the page is hidden, and any library may do the same. Writes are made no-ops for this page,
//   and what an older version of the site may have stored is cleared.
// Its sha256 is in the site's Content Security Policy (astro.config.ts).

/** The inline <head> script: theme from the OS, and no storage. */
export const HEAD_SCRIPT = `(() => {
  for (const area of ["localStorage", "sessionStorage"]) {
    try { window[area].clear(); } catch {}
  }
  Storage.prototype.setItem = function () {};
  const dark = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => { document.documentElement.dataset.theme = dark.matches ? "dark" : "light"; };
  apply();
  dark.addEventListener("change", apply);
  window.StarlightThemeProvider = { updatePickers() {} };
})();`;
