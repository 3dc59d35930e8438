import { frameLayout } from '@/components/PageFrame'

/** Condition pages and their handouts: the required disclaimers for all pages and for conditions. */
export default frameLayout('conditions', 'en')
