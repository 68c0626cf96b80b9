import type { Plugin } from 'vite'

/** The picture of a link's preview, in public/ (scripts/make-preview.mjs). */
export const PREVIEW_IMAGE = 'preview-card.png'

/**
 * A link's preview in a messaging app (index.html's Open Graph and Twitter card tags) is the same
 * for every link: the answers are in the hash, which never reaches a server, so no server could
 * tailor it. Open Graph asks for an absolute picture address, and some apps ignore a relative one;
 * the build cannot know where dist/ will be served, so it writes a relative one (read against the
 * page's own address by the apps that accept it) unless SITE_URL names the app's address
 * (`SITE_URL=https://example.org/massage-match/ npm run build`): then the picture's address is
 * absolute and og:url names the app.
 */
export function linkPreview(siteUrl = process.env.SITE_URL): Plugin {
  return {
    name: 'massage-match:link-preview',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const relative = `content="./${PREVIEW_IMAGE}"`
        if (!html.includes(relative))
          throw new Error(`link-preview: index.html has no og:image ./${PREVIEW_IMAGE}`)
        if (!siteUrl) return html
        if (!/^https?:\/\//.test(siteUrl))
          throw new Error(`link-preview: SITE_URL is not an http(s) address: ${siteUrl}`)
        const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)
        return html
          .replace(relative, `content="${new URL(PREVIEW_IMAGE, site).href}"`)
          .replace(
            '<meta property="og:type"',
            `<meta property="og:url" content="${site.href}" />\n    <meta property="og:type"`,
          )
      },
    },
  }
}
