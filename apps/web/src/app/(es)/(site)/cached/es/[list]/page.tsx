import { cachedList } from '@/views/cached-list'

const page = cachedList('es')
export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page
