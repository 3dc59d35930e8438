export { default } from '@kat/config/eslint'
