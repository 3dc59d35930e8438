import { rootLayout } from '@/views/root-layout'

import '../globals.css'

const root = rootLayout('es')
export const generateMetadata = root.generateMetadata
export const viewport = { width: 'device-width', initialScale: 1 }
export default root.Layout
