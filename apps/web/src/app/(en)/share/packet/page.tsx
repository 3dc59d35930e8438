import { packetPage } from '@/views/packet-page'

const page = packetPage('en')
export const metadata = page.metadata
export default page.Page
