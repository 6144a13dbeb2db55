import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

import { boltPort, coalesceWrites, paceBoltConnections, pacedConnectionCount, paceReads } from './read-pacing';

/** 8 MB sent in one write: far more than Node reads from a socket in one turn. */
const PAYLOAD = randomBytes(8 * 2 ** 20);
const digest = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

interface Received {
  bytes: Buffer;
  /** The most 'data' events between two turns of the event loop. */
  maxReadsPerTurn: number;
}

/**
 * Reads everything the server sends, counting the 'data' events of each turn (a turn ends at its
 * check phase, where an immediate callback runs). The listener is added as the driver adds its
 * own: after connecting, after the pacing.
 */
async function receive(server: Server, paced: boolean): Promise<Received> {
  const socket: Socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  if (paced) paceReads(socket);
  await once(socket, 'connect');
  const chunks: Buffer[] = [];
  let readsThisTurn = 0;
  let maxReadsPerTurn = 0;
  let ticking = true;
  const tick = (): void => {
    readsThisTurn = 0;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    readsThisTurn += 1;
    maxReadsPerTurn = Math.max(maxReadsPerTurn, readsThisTurn);
  });
  await once(socket, 'end');
  ticking = false;
  socket.destroy();
  return { bytes: Buffer.concat(chunks), maxReadsPerTurn };
}

describe('paceReads (issue 13: no step holds the event loop)', () => {
  let server: Server;

  beforeAll(async () => {
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.end(PAYLOAD);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  it('without pacing, one turn delivers many reads (what the pacing is for)', async () => {
    const { bytes, maxReadsPerTurn } = await receive(server, false);
    expect(digest(bytes)).toBe(digest(PAYLOAD));
    expect(maxReadsPerTurn).toBeGreaterThan(2);
  });

  it('delivers one read per turn, every byte in order', async () => {
    const { bytes, maxReadsPerTurn } = await receive(server, true);
    expect(bytes.length).toBe(PAYLOAD.length);
    expect(digest(bytes)).toBe(digest(PAYLOAD));
    expect(maxReadsPerTurn).toBe(1);
  });
});

describe('paceBoltConnections', () => {
  it('paces each connection to the port once, however often the module is loaded', async () => {
    // Sends nothing: the client is closed at the end, and a server writing to it would see a reset.
    const server = createServer((socket) => socket.on('error', () => undefined));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    let socket: Socket | undefined;
    try {
      paceBoltConnections(`bolt://127.0.0.1:${port}`);
      // A second copy of the module, as a second Jest test file in the same worker has.
      jest.isolateModules(() => {
        jest
          .requireActual<{ paceBoltConnections(uri: string): void }>('./read-pacing')
          .paceBoltConnections(`bolt://127.0.0.1:${port}`);
      });
      const before = pacedConnectionCount();
      socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      expect(pacedConnectionCount()).toBe(before + 1);
      // The pacing's own listener alone: nothing else listens yet.
      expect(socket.listenerCount('data')).toBe(1);
      // Its writes are coalesced once: one cork for the turn, not one per copy of the module.
      socket.write('a');
      socket.write('b');
      expect(socket.writableCorked).toBe(1);
    } finally {
      socket?.destroy();
      server.close();
      await once(server, 'close');
    }
  });
});

describe('coalesceWrites (an impact wrote about 400 chunks of 1,400 bytes)', () => {
  /** 300 writes of one turn, as the driver writes a large statement; what the server reads, in order. */
  async function sendInOneTurn(
    coalesced: boolean,
  ): Promise<{ corkedAfterWrites: number; bufferedAfterWrites: number; received: Buffer }> {
    const chunks = Array.from({ length: 300 }, (_, i) => Buffer.alloc(1400, i % 256));
    const sent = Buffer.concat(chunks);
    const received: Buffer[] = [];
    const server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => received.push(chunk));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    try {
      await once(socket, 'connect');
      if (coalesced) coalesceWrites(socket);
      for (const chunk of chunks) socket.write(chunk);
      const corkedAfterWrites = socket.writableCorked;
      const bufferedAfterWrites = socket.writableLength;
      while (Buffer.concat(received).length < sent.length) await new Promise((resolve) => setImmediate(resolve));
      return { corkedAfterWrites, bufferedAfterWrites, received: Buffer.concat(received) };
    } finally {
      socket.destroy();
      server.close();
      await once(server, 'close');
    }
  }

  it('without it, each write goes to the kernel as it is made', async () => {
    const { corkedAfterWrites, bufferedAfterWrites } = await sendInOneTurn(false);
    expect(corkedAfterWrites).toBe(0);
    expect(bufferedAfterWrites).toBeLessThan(300 * 1400);
  });

  it('holds the writes of a turn and sends them together at its end, every byte in order', async () => {
    const { corkedAfterWrites, bufferedAfterWrites, received } = await sendInOneTurn(true);
    expect(corkedAfterWrites).toBe(1);
    expect(bufferedAfterWrites).toBe(300 * 1400);
    const expected = Buffer.concat(Array.from({ length: 300 }, (_, i) => Buffer.alloc(1400, i % 256)));
    expect(digest(received)).toBe(digest(expected));
  });
});

describe('boltPort', () => {
  it.each([
    ['bolt://127.0.0.1:7687', 7687],
    ['neo4j://db.example.org:7740', 7740],
    ['bolt://localhost', 7687],
    ['neo4j+s://[::1]:7999', 7999],
    ['bolt://[::1]', 7687],
  ])('%s → %d', (uri, port) => {
    expect(boltPort(uri)).toBe(port);
  });
});
