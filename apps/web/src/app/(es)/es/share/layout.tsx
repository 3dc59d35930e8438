import { frameLayout } from '@/components/PageFrame'

/** The packet builder and packets: the site-wide required disclaimers. */
export default frameLayout('all', 'es')
