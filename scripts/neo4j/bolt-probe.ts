import * as net from 'node:net';

/** Bolt magic preamble followed by four version proposals: 5.8 down to 5.0, 4.4 down to 4.2, 3.0, none. */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x02, 0x04, 0x04, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
  0x00,
]);

/**
 * Reads the server's 4-byte handshake answer: `major.minor`, `manifest` for the newer manifest
 * handshake, `none` when it speaks Bolt but shares no version with us, or null when the reply
 * is not Bolt (an HTTP server answers with text).
 */
export function describeHandshakeReply(reply: Buffer): string | null {
  if (reply.length < 4 || reply[0] !== 0x00) return null;
  const [, range = 0, minor = 0, major = 0] = reply;
  if (range === 0x00 && minor === 0x01 && major === 0xff) return 'manifest';
  if (range !== 0x00) return null;
  if (minor === 0 && major === 0) return 'none';
  return `${major}.${minor}`;
}

/**
 * A real Bolt handshake, not just a TCP accept: resolves to the agreed protocol version
 * (see describeHandshakeReply), or null when nothing answers Bolt within timeoutMs.
 */
export function boltHandshake(host: string, port: number, timeoutMs = 2000): Promise<string | null> {
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const socket = net.connect({ host, port });
    const finish = (result: string | null): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish(null));
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) finish(describeHandshakeReply(received.subarray(0, 4)));
    });
    socket.once('error', () => finish(null));
    socket.once('close', () => finish(null));
  });
}
