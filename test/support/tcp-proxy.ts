import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of Neo4j that a test can cut and restore, to simulate the
 * database going away and coming back without stopping the shared server, or pause and resume:
 * connections stay open and accepted but nothing is forwarded, which is what clients see of a
 * SIGSTOPped server (the kernel still completes handshakes; the process answers nothing).
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private paused = false;
  /** Data held back while paused, in arrival order, per destination. */
  private held: { to: Socket; chunk: Buffer }[] = [];
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      const forward = (from: Socket, to: Socket): void => {
        from.on('data', (chunk: Buffer) => {
          if (this.paused) this.held.push({ to, chunk });
          else to.write(chunk);
        });
        from.on('end', () => to.end());
      };
      forward(client, upstream);
      forward(upstream, client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : port;
    return this.port;
  }

  /** Closes the listener and every open connection: the database looks down. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Stops forwarding without closing anything: the database is stalled. */
  pause(): void {
    this.paused = true;
  }

  /** Delivers what was held back and forwards again: the stalled database continues. */
  resume(): void {
    this.paused = false;
    const held = this.held;
    this.held = [];
    for (const { to, chunk } of held) if (!to.destroyed) to.write(chunk);
  }

  /** Listens again on the same port: the database is back. */
  async restore(): Promise<void> {
    await this.start(this.port);
  }
}
