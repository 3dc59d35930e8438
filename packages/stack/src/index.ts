export * from './env'
export { loadLocalSecrets, type LocalSecrets } from './local-secrets'
export { runToCompletion, startProcess, waitForUrl, type RunningProcess } from './processes'
export { assertBuilt, importPosts, migrate, prepareRuntime, seed, startApp, startApps, type Runtime } from './stack'
