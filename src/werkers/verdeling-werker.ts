// Allocation in a worker thread. HiGHS (and the flow method, for large instances) blocks the thread
// it runs on; in the service a solve must never stop the API from answering (issue 5). One file, two
// sides: imported on the main thread it offers `VerdelingWerker`; started as a worker it solves.
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import {
  type Instantie,
  type OnhaalbaarBeleid,
  type Uitleg,
  type VerdelingOplossing,
  verdeel,
  verdeelMetBeleid,
  verklaar,
} from "../domain/verdeling/index.ts";

export interface VerdelingOpdracht {
  inst: Instantie;
  /** Policy constraints switched on: solve with the MIP (verdeelMetBeleid). */
  beleid: boolean;
  /** Also compute the exact marginal effect per served demand (one extra solve each). */
  marginaal?: boolean;
}

export type VerdelingResultaat =
  | { status: "optimal"; oplossing: VerdelingOplossing; uitleg: Uitleg[]; rekentijdMs: number }
  | { status: "infeasible"; redenen: OnhaalbaarBeleid["redenen"]; rekentijdMs: number };

type Bericht = { id: number; opdracht: VerdelingOpdracht };
type Antwoord = { id: number; resultaat?: VerdelingResultaat; fout?: string };

export async function los(opdracht: VerdelingOpdracht): Promise<VerdelingResultaat> {
  const start = performance.now();
  const opl = opdracht.beleid ? await verdeelMetBeleid(opdracht.inst) : verdeel(opdracht.inst);
  if (opl.status === "infeasible")
    return { status: "infeasible", redenen: opl.redenen, rekentijdMs: Math.round(performance.now() - start) };
  const uitleg = verklaar(opdracht.inst, opl, {
    beleid: opdracht.beleid,
    marginaal: opdracht.marginaal ?? false,
  });
  return { status: "optimal", oplossing: opl, uitleg, rekentijdMs: Math.round(performance.now() - start) };
}

if (!isMainThread && parentPort) {
  const poort = parentPort;
  poort.on("message", async (m: Bericht) => {
    let a: Antwoord;
    try {
      a = { id: m.id, resultaat: await los(m.opdracht) };
    } catch (e) {
      a = { id: m.id, fout: (e as Error).message };
    }
    poort.postMessage(a);
  });
}

export class VerdelingTimeout extends Error {
  constructor(ms: number) {
    super(`De berekening duurde langer dan ${Math.round(ms / 1000)} s en is afgebroken.`);
    this.name = "VerdelingTimeout";
  }
}

// The worker needs the TypeScript loader too. A worker does not reliably inherit tsx (the CLI
// registers it in-process), so a tiny ESM entry registers tsx and then imports this file.
function werkerUrl(): URL {
  const code = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(import.meta.url)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * One worker, jobs one at a time (the machine has few cores; a queue keeps memory bounded). A job
 * that runs past its time limit terminates the worker; the next job starts a fresh one.
 */
export class VerdelingWerker {
  #werker: Worker | undefined;
  #volgend = 1;
  #wachtrij: Promise<unknown> = Promise.resolve();
  #lopend = new Map<number, { ok: (r: VerdelingResultaat) => void; nee: (e: Error) => void }>();

  constructor(private readonly maxMs = 120_000) {}

  #start(): Worker {
    if (this.#werker) return this.#werker;
    const w = new Worker(werkerUrl(), { execArgv: [] });
    w.unref();
    w.on("message", (a: Antwoord) => {
      const l = this.#lopend.get(a.id);
      if (!l) return;
      this.#lopend.delete(a.id);
      if (a.resultaat) l.ok(a.resultaat);
      else l.nee(new Error(a.fout ?? "onbekende fout in de rekenwerker"));
    });
    const stuk = (e: Error) => {
      for (const l of this.#lopend.values()) l.nee(e);
      this.#lopend.clear();
      this.#werker = undefined;
    };
    w.on("error", stuk);
    w.on("exit", (code) => {
      if (this.#werker === w) stuk(new Error(`De rekenwerker stopte (code ${code}).`));
    });
    this.#werker = w;
    return w;
  }

  bereken(opdracht: VerdelingOpdracht, maxMs = this.maxMs): Promise<VerdelingResultaat> {
    const taak = this.#wachtrij.then(
      () =>
        new Promise<VerdelingResultaat>((ok, nee) => {
          const w = this.#start();
          const id = this.#volgend++;
          const klok = setTimeout(() => {
            this.#lopend.delete(id);
            this.#werker = undefined;
            void w.terminate();
            nee(new VerdelingTimeout(maxMs));
          }, maxMs);
          this.#lopend.set(id, {
            ok: (r) => {
              clearTimeout(klok);
              ok(r);
            },
            nee: (e) => {
              clearTimeout(klok);
              nee(e);
            },
          });
          w.postMessage({ id, opdracht } satisfies Bericht);
        }),
    );
    this.#wachtrij = taak.catch(() => undefined);
    return taak;
  }

  async stop(): Promise<void> {
    const w = this.#werker;
    this.#werker = undefined;
    if (w) await w.terminate();
  }
}
