/** One log line as the Jobs API streams it: `data: {"data": "...", "timestamp": "..."}`. */
export interface LogEvent {
  data: string;
  timestamp: string | null;
}

/** The lines of a response body, as they arrive (\n or \r\n ends a line). */
async function* bodyLines(body: ReadableStream<Uint8Array>, idleTimeout: number | undefined, signal: AbortSignal | undefined): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // one listener for the whole stream, not one per read
  const aborted = signal
    ? new Promise<'aborted'>((resolve) => (signal.aborted ? resolve('aborted') : signal.addEventListener('abort', () => resolve('aborted'), { once: true })))
    : undefined;
  try {
    for (;;) {
      let idleTimer: ReturnType<typeof setTimeout> | undefined;
      const idle =
        idleTimeout === undefined
          ? undefined
          : new Promise<'idle'>((resolve) => {
              idleTimer = setTimeout(() => resolve('idle'), idleTimeout);
            });
      const next = await Promise.race([reader.read(), ...(idle ? [idle] : []), ...(aborted ? [aborted] : [])]);
      clearTimeout(idleTimer);
      if (next === 'idle') return;
      if (next === 'aborted') throw signal?.reason ?? new Error('aborted');
      if (next.done) break;
      buffer += decoder.decode(next.value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        yield buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
    }
    buffer += decoder.decode();
    if (buffer !== '') yield buffer.replace(/\r$/, '');
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * The log events of a Jobs SSE stream: only `data: {` lines count (as in the Python client);
 * keep-alive comments, blank lines and malformed payloads are skipped. With `idleTimeout`, a
 * stream quiet for that long ends without error.
 */
export async function* logEvents(body: ReadableStream<Uint8Array>, options: { idleTimeout?: number; signal?: AbortSignal } = {}): AsyncGenerator<LogEvent> {
  for await (const line of bodyLines(body, options.idleTimeout, options.signal)) {
    if (!line.startsWith('data: {')) continue;
    try {
      const payload = JSON.parse(line.slice('data: '.length)) as { data?: unknown; timestamp?: unknown };
      if (typeof payload.data !== 'string') continue;
      yield { data: payload.data, timestamp: typeof payload.timestamp === 'string' ? payload.timestamp : null };
    } catch {
      // a malformed event is skipped, as the Python client skips what it cannot read
    }
  }
}

/**
 * Remembers which log lines were given out, so that a stream reopened after a drop (the service
 * replays the log from the start) yields each line exactly once: the n-th occurrence of a
 * (timestamp, line) pair in a connection is new only if fewer than n were given out before.
 */
export class LogDeduplicator {
  private readonly given = new Map<string, number>();
  private seenThisConnection = new Map<string, number>();

  /** Starts counting a new connection. */
  reconnect(): void {
    this.seenThisConnection = new Map();
  }

  /** Whether the event is new (and, if so, records it). */
  isNew(event: LogEvent): boolean {
    const key = `${event.timestamp ?? ''}\u0000${event.data}`;
    const seen = (this.seenThisConnection.get(key) ?? 0) + 1;
    this.seenThisConnection.set(key, seen);
    const given = this.given.get(key) ?? 0;
    if (seen <= given) return false;
    this.given.set(key, seen);
    return true;
  }
}
