/**
 * The portal's condition page through the Pages Router: the same CMS reads over REST (Payload's SDK),
 * the portal's own components and CSS, rendered by getStaticProps and kept by Next's incremental
 * cache, with `unstable_runtimeJS: false` so Next sends neither its client runtime nor __NEXT_DATA__.
 * A page is kept until a notice to /api/revalidate names its path (pages/api/revalidate.ts).
 */
import type { Config, SiteSetting } from '@kat/cms-types'
import { isValidSlug, parseRequiredDisclaimersResponse, REQUIRED_DISCLAIMERS_PATH, requiredDisclaimersQuery, routes, type RequiredDisclaimer } from '@kat/contract'
import { PayloadSDK } from '@payloadcms/sdk'
import type { GetStaticPaths, GetStaticProps } from 'next'
import Head from 'next/head'

import { ConditionArticle, type ConditionArticles, type ConditionDoc } from '@/components/ConditionArticle'
import { CrisisHelp } from '@/components/CrisisHelp'
import { PageShell } from '@/components/PageShell'
import { SiteHeader } from '@/components/SiteHeader'
import { siteUrl } from '@/lib/site-url'

export const config = { unstable_runtimeJS: false }

type Props = { settings: SiteSetting | null; disclaimers: RequiredDisclaimer[]; condition: ConditionDoc; articles: ConditionArticles }

const cmsUrl = (process.env.CMS_URL || 'http://localhost:3001').replace(/\/+$/, '')
const cms = new PayloadSDK<Config>({ baseURL: `${cmsUrl}/api` })

export const getStaticPaths: GetStaticPaths = () => Promise.resolve({ paths: [], fallback: 'blocking' })

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params }) => {
  const slug = params?.slug ?? ''
  if (!isValidSlug(slug)) return { notFound: true }
  const [settings, disclaimers, found] = await Promise.all([
    cms.findGlobal({ slug: 'site-settings', depth: 0 }),
    fetch(`${cmsUrl}${REQUIRED_DISCLAIMERS_PATH}${requiredDisclaimersQuery('conditions')}`).then(async (response) => parseRequiredDisclaimersResponse(await response.json()).docs),
    cms.find({ collection: 'conditions', where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 1 }),
  ])
  const condition = found.docs[0]
  if (!condition) return { notFound: true }
  const articles = await cms.find({
    collection: 'articles',
    where: { and: [{ conditions: { contains: condition.id } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, summary: true, audience: true },
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
  })
  return { props: { settings, disclaimers, condition, articles: articles.docs } }
}

export default function ConditionRoute({ settings, disclaimers, condition, articles }: Props) {
  const canonical = `${siteUrl()}${routes.condition(condition.slug)}`
  const title = `${condition.name} · Ketamine Therapy Guide`
  return (
    <>
      <Head>
        <title>{title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={condition.summary} />
        <link rel="canonical" href={canonical} />
        <meta property="og:title" content={condition.name} />
        <meta property="og:description" content={condition.summary} />
        <meta property="og:type" content="article" />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={condition.name} />
        <meta name="twitter:description" content={condition.summary} />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
        {/* The portal's built stylesheet, copied beside this app by the bench (bench/approaches.ts). */}
        <link rel="stylesheet" href="/portal.css" />
      </Head>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <CrisisHelp settings={settings} locale="en" />
      <SiteHeader siteName={settings?.siteName || 'Ketamine Therapy Guide'} locale="en" />
      <PageShell disclaimers={disclaimers} footer={settings?.footer} locale="en">
        <ConditionArticle condition={condition} articles={articles} locale="en" />
      </PageShell>
      <script src="/enhance.js" defer />
    </>
  )
}
