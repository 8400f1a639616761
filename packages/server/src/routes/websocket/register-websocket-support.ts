import type { Duplex } from 'node:stream';
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';

/**
 * Registers `@fastify/websocket` on `app` unless it (or a parent) already has it. Plinth calls this once
 * at its root when `WEBSOCKETS_ENABLED`, so `/websocket` and GraphQL subscriptions share one upgrade
 * listener (two would both answer every upgrade).
 *
 * @param maxMessageBytes The message limit; frames past twice it are cut off by the socket library
 * (close 1009), and between the two the socket answers CONTENT_TOO_LARGE and stays open.
 */
export async function registerWebSocketSupport(app: FastifyInstance, maxMessageBytes: number): Promise<void> {
  if (app.hasDecorator('websocketServer')) return;
  await app.register(fastifyWebsocket, { options: { maxPayload: maxMessageBytes * 2 } });
  // Node leaves upgrade sockets half-open once the client ends them; one that was answered with an
  // error instead of upgraded would otherwise stay open and hold the server's close.
  const endWithClient = (_request: unknown, socket: Duplex) =>
    socket.once('end', () => {
      if (!socket.destroyed) socket.end();
    });
  app.server.on('upgrade', endWithClient);
  app.addHook('onClose', async () => {
    app.server.off('upgrade', endWithClient);
  });
}
