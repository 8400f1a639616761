import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * An `onResponse` hook for socket routes: an upgrade refused with an error (401, 403) ends with its
 * response, so its connection is closed rather than kept alive.
 */
export async function closeRefusedUpgrade(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (reply.statusCode >= 400) request.raw.socket?.destroy();
}
