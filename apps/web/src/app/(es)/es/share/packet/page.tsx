import { packetPage } from '@/views/packet-page'

const page = packetPage('es')
export const metadata = page.metadata
export default page.Page
