import { cachedList } from '@/views/cached-list'

const page = cachedList('en')
export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page
