import { handoutPage } from '@/views/handout-page'

const page = handoutPage('conditions', 'en')
export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page
