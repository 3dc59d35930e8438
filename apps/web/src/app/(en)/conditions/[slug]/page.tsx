import { conditionPage } from '@/views/condition-page'

const page = conditionPage('en')
export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page
