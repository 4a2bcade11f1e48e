interface TimelineEvent {
  at: number;
  seq: number;
  run: (at: number) => void;
}

export class Timeline {
  private events: TimelineEvent[] = [];
  private seq = 0;

  schedule(at: number, run: (at: number) => void): void {
    this.events.push({ at, seq: this.seq++, run });
  }

  advance(now: number): void {
    for (;;) {
      let next: TimelineEvent | undefined;
      for (const event of this.events) {
        if (event.at > now) continue;
        if (!next || event.at < next.at || (event.at === next.at && event.seq < next.seq)) {
          next = event;
        }
      }
      if (!next) return;
      this.events.splice(this.events.indexOf(next), 1);
      next.run(next.at);
    }
  }

  get pending(): number {
    return this.events.length;
  }

  clear(): void {
    this.events = [];
  }
}
