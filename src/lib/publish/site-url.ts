/**
 * The public URL of the archive, given by whoever deploys it (ARCHIVE_SITE_URL), used only where absolute URLs
 * are required (canonical links, feeds, sitemap, robots.txt, citations, structured data). Without it nothing
 * names an address: citations take the reader's own, and the absolute-only outputs say what they need (README,
 * "Site URL"). Read by Astro's configuration and by the build steps after Astro, so both see the same value.
 */
export function siteUrl(env: Record<string, string | undefined>): string | undefined {
  const site = env['ARCHIVE_SITE_URL'] || undefined;
  if (site && !/^https?:\/\/[^/]+/.test(site))
    throw new Error(
      `ARCHIVE_SITE_URL="${site}" is not an absolute http(s) URL. Set it to the address the archive is served at, like https://<host>/<path>/, or leave it unset.`,
    );
  return site;
}
