import { expect } from '@playwright/test'

import { pageWeight, weightBudgetKb } from '../../support/page-weight'

/** Checks that each route is plain HTML (no React payload) within its weight budget, and prints the weights. */
export async function expectLeanPages(baseUrl: string, routes: readonly string[]): Promise<void> {
  const weights = []
  for (const route of routes) {
    const weight = await pageWeight(baseUrl, route)
    weights.push(weight)
    expect(weight.rscPayload, route).toBe(false)
    expect(weight.totalKb, `${route}: ${JSON.stringify(weight)}`).toBeLessThanOrEqual(weightBudgetKb(route.split('?')[0]!))
  }
  console.log(weights.map((w) => `${w.route}: ${w.totalKb} KB (HTML ${w.htmlKb}, CSS ${w.cssKb}, JS ${w.jsKb})`).join('\n'))
}
