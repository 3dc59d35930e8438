import net from 'node:net'

/** True when nothing listens on the port, on IPv4 or IPv6 loopback. */
export async function isPortFree(port: number): Promise<boolean> {
  const tryListen = (host: string) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer()
      server.once('error', (error: NodeJS.ErrnoException) => {
        // A host without IPv6 cannot be busy on IPv6.
        resolve(error.code === 'EAFNOSUPPORT' || error.code === 'EADDRNOTAVAIL')
      })
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
    })
  return (await tryListen('127.0.0.1')) && (await tryListen('::1'))
}

/**
 * The first free port from `preferred` upwards (at most `attempts` tried), so a busy 5432
 * (a system PostgreSQL, another checkout) moves us to 5433 and so on instead of failing.
 */
export async function findFreePort(preferred: number, attempts = 100): Promise<number> {
  for (let port = preferred; port < preferred + attempts; port++) {
    if (await isPortFree(port)) return port
  }
  throw new Error(`No free port in ${preferred}-${preferred + attempts - 1}.`)
}
