import { routes } from '@kat/contract'
import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { getContraindications } from '@/lib/content'
import { siteUrl } from '@/lib/site-url'

export const contraindicationsMetadata: Metadata = {
  title: 'When ketamine may not be right',
  description: 'Health conditions that rule out ketamine treatment, and those to discuss with your clinician first.',
  alternates: { canonical: routes.contraindications() },
}

const KINDS = {
  absolute: {
    heading: 'You must not have ketamine or esketamine if you have:',
    intro: 'These are absolute contraindications: the risk is too high.',
  },
  relative: {
    heading: 'Discuss with your clinician first if you have:',
    intro: 'These are relative contraindications: treatment may still be possible with extra checks or care.',
  },
} as const

export async function ContraindicationsPage() {
  const items = await getContraindications()
  const url = `${siteUrl()}${routes.contraindications()}`
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    name: 'When ketamine may not be right',
    inLanguage: 'en',
    about: { '@type': 'Drug', name: 'Ketamine' },
    hasPart: items.map((item) => ({
      '@type': 'MedicalContraindication',
      '@id': `${url}#${item.slug}`,
      name: item.name,
      description: item.patientExplanation,
      additionalType: item.kind === 'absolute' ? 'Absolute contraindication' : 'Relative contraindication',
    })),
  }
  return (
    <>
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold">When ketamine may not be right</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Some health problems make ketamine treatment unsafe, and some need a careful talk with your care team first. Tell your
        clinician about all your health conditions and medicines.
      </p>
      {(['absolute', 'relative'] as const).map((kind) => (
        <section key={kind} aria-labelledby={`${kind}-heading`} className="mt-8">
          <h2 id={`${kind}-heading`} className="text-2xl font-semibold">
            {KINDS[kind].heading}
          </h2>
          <p className="mt-1 text-slate-700">{KINDS[kind].intro}</p>
          <ul className="mt-4 space-y-4">
            {items
              .filter((item) => item.kind === kind)
              .map((item) => (
                <li key={item.id} id={item.slug} className="max-w-3xl rounded-md border border-slate-200 p-4">
                  <h3 className="text-lg font-semibold">{item.name}</h3>
                  <p className="mt-1">{item.patientExplanation}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
