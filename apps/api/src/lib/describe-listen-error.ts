/** A one-line explanation of why the server could not listen, with what to do about it. */
export function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} is already in use on ${host}. Stop the process using it, or set PORT to a free port.`;
  }
  if (error.code === 'EACCES') {
    return `Not allowed to listen on port ${port}. Use a port above 1023, or run with the needed rights.`;
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return `Cannot listen on host ${host}: no such address on this machine. Set HOST to 0.0.0.0 or one of its addresses.`;
  }
  return `Could not start listening on ${host}:${port}: ${error.message}`;
}
