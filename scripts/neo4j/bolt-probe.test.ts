import * as net from 'node:net';
import { boltHandshake, describeHandshakeReply } from './bolt-probe';

describe('describeHandshakeReply', () => {
  it('reads the agreed version, the manifest marker and a refusal', () => {
    expect(describeHandshakeReply(Buffer.from([0, 0, 8, 5]))).toBe('5.8');
    expect(describeHandshakeReply(Buffer.from([0, 0, 4, 4]))).toBe('4.4');
    expect(describeHandshakeReply(Buffer.from([0, 0, 1, 0xff]))).toBe('manifest');
    expect(describeHandshakeReply(Buffer.from([0, 0, 0, 0]))).toBe('none');
  });

  it('does not take an HTTP reply for Bolt', () => {
    expect(describeHandshakeReply(Buffer.from('HTTP'))).toBeNull();
  });
});

/** A loopback server that answers every connection with `reply` once it has read the 20-byte handshake. */
async function fakeServer(
  reply: Buffer | null,
): Promise<{ port: number; received: Buffer[]; close: () => Promise<void> }> {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    socket.once('data', (chunk: Buffer) => {
      received.push(chunk);
      if (reply !== null) socket.write(reply);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.unref();
      }),
  };
}

describe('boltHandshake', () => {
  it('sends the Bolt preamble and reports the version the server picks', async () => {
    const server = await fakeServer(Buffer.from([0, 0, 8, 5]));
    try {
      expect(await boltHandshake('127.0.0.1', server.port)).toBe('5.8');
      expect(server.received[0]?.subarray(0, 8)).toEqual(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5]));
    } finally {
      await server.close();
    }
  });

  it('says null for a server that accepts TCP but never answers', async () => {
    const server = await fakeServer(null);
    try {
      expect(await boltHandshake('127.0.0.1', server.port, 300)).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('says null when nothing listens', async () => {
    const server = await fakeServer(null);
    const { port } = server;
    await server.close();
    expect(await boltHandshake('127.0.0.1', port, 300)).toBeNull();
  });
});
