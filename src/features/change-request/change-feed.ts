import { EventEmitter } from 'node:events';

import type { ChangeFeedEvent } from './change-request.model';

/**
 * The change feed (变更动态): state changes and publications of change requests, told to whoever
 * listens (the SSE route). In-process: a replica tells only its own listeners what it did.
 */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open page; the default warning at 10 is no leak here.
    this.emitter.setMaxListeners(0);
  }

  emit(event: ChangeFeedEvent): void {
    this.emitter.emit('event', event);
  }

  /** Calls `listener` for every event until the returned function is called. */
  subscribe(listener: (event: ChangeFeedEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}

/** The feed of a process whose context was built without one (tests that build a context by hand). */
export const defaultChangeFeed = new ChangeFeed();
