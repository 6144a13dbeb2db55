import { channel, subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { setImmediate } from 'node:timers';

/**
 * Bolt connections paced: one network read per turn of the event loop, and the writes of one turn
 * sent together (issue 13: no analysis step holds the loop for more than 50 ms; an impact's CPU).
 * 每轮事件循环只读取一次数据库连接，同一轮的写入合并发送。
 *
 * Reads. A province's analysis streams megabytes of rows over several pipelined statements at once.
 * Node reads a socket up to 32 times in one turn while data is there, and the driver decodes
 * every record of each read inside the read's callback: on a busy machine that was one turn of
 * 100–300 ms, spent in the driver's unpacker with nothing else running (bench/RESULTS.md). The
 * driver has no public back-pressure below the record (fetchSize only bounds the records of one
 * PULL, and a transaction pipelines many). So the socket itself is paused after each read and
 * resumed at the next turn's check phase: a paused socket keeps at most one more read buffered,
 * then stops reading, and Neo4j waits on TCP's window. Small answers (one read) are not delayed.
 *
 * Writes. The driver writes a message in chunks of 1,400 bytes, each one socket write: a statement
 * naming a thousand powers or two thousand organizations was dozens of system calls, and an
 * impact about 400 (each one, on a virtual machine, a wake-up of the database's thread). The
 * socket is corked at the first write of a turn and uncorked at that turn's check phase, so they
 * leave as one writev, before the loop waits for I/O again.
 *
 * The sockets are found through Node's `net.client.socket` diagnostics channel (every
 * `net.connect`), kept when they connect to one of the database's ports. Encrypted connections
 * (`neo4j+s://`, `bolt+s://`) are TLS sockets the channel does not publish: they are not paced.
 */
interface PacingState {
  ports: Set<number>;
  subscribed: boolean;
  paced: number;
}

/**
 * One state per process, kept on the channel object (Node's own, the same for every copy of this
 * module): the channel is the process's, a module can be loaded more than once (each Jest test file
 * has its own registry, and clears what a file left on its global object), and a second
 * subscriber would pace every socket again.
 */
const NET_CLIENT_SOCKET = 'net.client.socket';
const STATE_KEY: unique symbol = Symbol.for('quanze.readPacing');
const PACED: unique symbol = Symbol.for('quanze.readPacing.socket');
const COALESCED: unique symbol = Symbol.for('quanze.readPacing.writes');
const holder = channel(NET_CLIENT_SOCKET) as object as { [STATE_KEY]?: PacingState };
const state = (holder[STATE_KEY] ??= { ports: new Set<number>(), subscribed: false, paced: 0 });

/** Connections paced since the process started (for tests and diagnostics). */
export const pacedConnectionCount = (): number => state.paced;

/** Paces every later plain Bolt connection to `uri`'s port (7687 when it names none): its reads and its writes. */
export function paceBoltConnections(uri: string): void {
  state.ports.add(boltPort(uri));
  if (state.subscribed) return;
  state.subscribed = true;
  subscribe(NET_CLIENT_SOCKET, (message) => {
    const { socket } = message as { socket: Socket };
    // Registered before the caller's own connect callback: the driver adds its data listener there.
    socket.once('connect', () => {
      if (socket.remotePort !== undefined && state.ports.has(socket.remotePort)) {
        paceReads(socket);
        coalesceWrites(socket);
      }
    });
  });
}

export function boltPort(uri: string): number {
  const { port } = new URL(uri);
  return port === '' ? 7687 : Number(port);
}

/** Lets `socket` deliver one read per turn of the event loop; its listeners see every byte, in order. */
export function paceReads(socket: Socket): void {
  const marked = socket as Socket & { [PACED]?: true };
  if (marked[PACED]) return;
  marked[PACED] = true;
  state.paced += 1;
  let resumeScheduled = false;
  const resume = (): void => {
    resumeScheduled = false;
    if (!socket.destroyed) socket.resume();
  };
  // First among the data listeners: the read being delivered still reaches all of them.
  socket.prependListener('data', () => {
    if (resumeScheduled) return;
    resumeScheduled = true;
    socket.pause();
    setImmediate(resume);
  });
}

/**
 * Sends the writes of one turn of the event loop to `socket` as one: corked at the turn's first
 * write, uncorked at its check phase (the loop does not wait for I/O while an immediate is due).
 */
export function coalesceWrites(socket: Socket): void {
  const marked = socket as Socket & { [COALESCED]?: true };
  if (marked[COALESCED]) return;
  marked[COALESCED] = true;
  const write = socket.write.bind(socket);
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  socket.write = ((...args: Parameters<Socket['write']>): boolean => {
    if (!corked && !socket.destroyed) {
      corked = true;
      socket.cork();
      setImmediate(uncork);
    }
    return write(...args);
  }) as Socket['write'];
}
