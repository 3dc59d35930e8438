'use client'

import { useEffect, useRef } from 'react'

/**
 * Progressive enhancement for the filter form: with JavaScript, ticking a box or choosing an audience
 * applies it at once; without, the form's button does the same as a plain GET.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    const submit = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement
      if (target.type === 'checkbox' || target.tagName === 'SELECT') form.requestSubmit()
    }
    form.addEventListener('change', submit)
    return () => form.removeEventListener('change', submit)
  }, [])
  return <span ref={marker} hidden />
}
