export { findFreePort, isPortFree } from './ports'
export { startLocalPostgres, type LocalPostgres, type LocalPostgresOptions } from './local-postgres'
export { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres'
