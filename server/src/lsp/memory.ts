import type { RuntimeEnvironment } from '../runtime';

/**
 * Closing large reports frees tens of megabytes that V8 keeps mapped until a full collection: once the
 * author has stopped closing documents for a while, ask for one, so memory returns to where it started.
 */
export class IdleCollector {
  private closedChars = 0;
  private timer?: { dispose(): void };

  constructor(private readonly runtime: RuntimeEnvironment) {}

  closed(chars: number): void {
    const collect = this.runtime.collectGarbage;
    if (!collect) return;
    this.closedChars += chars;
    if (this.closedChars < 1_000_000) return;
    this.timer?.dispose();
    this.timer = this.runtime.setTimeout(() => {
      this.closedChars = 0;
      collect();
    }, 1000);
  }

  dispose(): void {
    this.timer?.dispose();
  }
}
