import { oldAddress } from '@/views/old-address'

export default oldAddress('en')
