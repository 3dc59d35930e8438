'use client'

import { ErrorView } from '@/views/error-page'

export default function ErrorPage(_props: { error: Error; reset: () => void }) {
  return <ErrorView locale="es" />
}
