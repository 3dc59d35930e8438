import { CODE_SYSTEMS, parseConnectQuery, type Locale } from '@kat/contract'
import type { Metadata } from 'next'
import Link from 'next/link'

import { ConditionLink } from '@/components/ConditionLink'
import { PageFrame } from '@/components/PageFrame'
import { formatDate, translator } from '@/i18n'
import { conditionsForCodes } from '@/lib/connect'
import { getConditionsAZ } from '@/lib/content'
import { searchParamsOf } from '@/lib/markup'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * Where /connect sends a person when the codes find several pages, or none: a choice, or the A–Z, in
 * the language the health record asked for. A condition without a reviewed page in that language
 * links its English page, marked as English.
 */
export function connectResultsPage(locale: Locale) {
  const t = translator(locale, 'Connect')
  const metadata: Metadata = { title: t('title'), robots: { index: false } }

  async function Page({ searchParams }: Props) {
    const params = searchParamsOf(await searchParams)
    const query = parseConnectQuery(params)
    const matches = 'error' in query ? [] : await conditionsForCodes(query.codes, locale)
    const codes = 'error' in query ? '' : query.codes.map((code) => `${CODE_SYSTEMS[code.system].label} ${code.code}`).join(', ')
    const az = matches.length ? [] : await getConditionsAZ(locale)
    return (
      <PageFrame scope="conditions" locale={locale}>
        <section className="max-w-3xl">
          {matches.length ? (
            <>
              <h1 className="text-3xl font-bold">{t('title')}</h1>
              <p className="mt-3 text-lg text-slate-700">{t('intro', { codes })}</p>
              <ul className="mt-6 space-y-5">
                {matches.map((match) => {
                  const other = match.language !== locale ? match.language : undefined
                  return (
                    <li key={match.path} lang={other}>
                      <Link href={match.path} hrefLang={other} className="inline-flex min-h-6 items-center text-xl font-semibold text-teal-900 underline">
                        {match.title}
                      </Link>
                      {other ? (
                        <span lang={locale} className="ml-2 text-slate-600">
                          {t('inEnglish')}
                        </span>
                      ) : null}
                      <p className="mt-1 text-slate-700">{match.summary}</p>
                      {match.lastReviewed ? (
                        <p lang={locale} className="mt-1 text-sm text-slate-600">
                          {t('reviewed', { date: formatDate(match.lastReviewed, locale) })}
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </>
          ) : (
            <>
              <h1 className="text-3xl font-bold">{t('noneTitle')}</h1>
              <p className="mt-3 text-lg text-slate-700">
                {'error' in query ? t('bad', { error: query.error }) : t('none', { codes })} {t('browse')}
              </p>
              <ul className="mt-6 space-y-3">
                {az.map((condition) => (
                  <li key={condition.id}>
                    <ConditionLink condition={condition} locale={locale} className="text-lg font-semibold text-teal-900" />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </PageFrame>
    )
  }

  return { metadata, Page }
}
