// Natural batching ("group commit"): work that arrives while a bundle is being processed waits
// and goes together in the next bundle. Alone, an item goes at once (no timer, no added delay);
// under load, bundles grow by themselves and the fixed cost of a bundle (a transaction, a round
// trip) is shared. See docs/adr/0671-aanvraagcommando-s-gebundeld.md.

export interface BundelOpties {
  /** Name under which `Bundelaar.metingen()` reports (bench, metrics). */
  naam?: string;
  /** Bundles in progress at the same time (default 1). */
  tegelijk?: number;
  /** Largest bundle (default 64). */
  maxBundel?: number;
}

interface Wachtend<I, O> {
  item: I;
  ok: (o: O) => void;
  fout: (e: unknown) => void;
}

export interface BundelMeting {
  bundels: number;
  items: number;
  grootste: number;
  /** Milliseconds from the start of a bundle to its outcome, summed (mean = som / bundels). */
  somMs: number;
}

const METINGEN = new Map<string, BundelMeting>();

export class Bundelaar<I, O> {
  /** Counts per name since the process started (or since `metingen(true)`). */
  static metingen(legen = false): Record<string, BundelMeting> {
    const uit = Object.fromEntries([...METINGEN].map(([k, v]) => [k, { ...v }]));
    if (legen) METINGEN.clear();
    return uit;
  }

  readonly #wachtrij: Wachtend<I, O>[] = [];
  readonly #naam: string;
  #bezig = 0;
  readonly #tegelijk: number;
  readonly #maxBundel: number;
  #gepland = false;

  /**
   * `verwerk` gets the items of one bundle and returns one outcome per item, in order; when it
   * throws, every item of the bundle gets that error.
   */
  constructor(
    private readonly verwerk: (items: I[]) => Promise<O[]>,
    opties: BundelOpties = {},
  ) {
    this.#tegelijk = Math.max(1, opties.tegelijk ?? 1);
    this.#maxBundel = Math.max(1, opties.maxBundel ?? 64);
    this.#naam = opties.naam ?? "bundel";
  }

  voeg(item: I): Promise<O> {
    return new Promise<O>((ok, fout) => {
      this.#wachtrij.push({ item, ok, fout });
      // Items handed in during the same turn of the event loop go together: setImmediate runs
      // after all I/O of this turn (every request that arrived), a microtask would run after the
      // first one already.
      if (!this.#gepland) {
        this.#gepland = true;
        setImmediate(() => {
          this.#gepland = false;
          this.#pomp();
        });
      }
    });
  }

  /** Items waiting and bundles in progress (for tests and metrics). */
  get stand(): { wachtend: number; bezig: number } {
    return { wachtend: this.#wachtrij.length, bezig: this.#bezig };
  }

  #pomp(): void {
    while (this.#bezig < this.#tegelijk && this.#wachtrij.length > 0) {
      const bundel = this.#wachtrij.splice(0, this.#maxBundel);
      this.#bezig++;
      this.#draai(bundel).finally(() => {
        this.#bezig--;
        this.#pomp();
      });
    }
  }

  async #draai(bundel: Wachtend<I, O>[]): Promise<void> {
    const start = performance.now();
    const m = METINGEN.get(this.#naam) ?? { bundels: 0, items: 0, grootste: 0, somMs: 0 };
    METINGEN.set(this.#naam, m);
    try {
      const uit = await this.verwerk(bundel.map((b) => b.item));
      for (const [i, b] of bundel.entries())
        if (i < uit.length) b.ok(uit[i] as O);
        else b.fout(new Error("bundel: geen uitkomst voor dit item"));
    } catch (e) {
      for (const b of bundel) b.fout(e);
    } finally {
      m.bundels++;
      m.items += bundel.length;
      m.grootste = Math.max(m.grootste, bundel.length);
      m.somMs += performance.now() - start;
    }
  }
}
