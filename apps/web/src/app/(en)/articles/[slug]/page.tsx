import { articlePage } from '@/views/article-page'

const page = articlePage('en')
export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page
