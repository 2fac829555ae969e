// Starts a TypeScript module in a worker thread. Node 20 does not apply `--import tsx` to a
// worker's entry file, so the entry is a two-line ESM stub that loads the module through tsx.
import { Worker } from "node:worker_threads";

export function tsWerker(module: URL, workerData: unknown): Worker {
  const code = `import { tsImport } from "tsx/esm/api";
await tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(import.meta.url)});`;
  return new Worker(code, { eval: true, workerData } as ConstructorParameters<typeof Worker>[1]);
}

/** Waits for the worker's next message of the given kind (or its failure). */
export function bericht<T>(w: Worker, soort: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((ok, fout) => {
    const timer = setTimeout(() => {
      opruimen();
      fout(new Error(`werker: geen '${soort}' binnen ${timeoutMs} ms`));
    }, timeoutMs);
    const bijBericht = (m: { soort?: string }) => {
      if (m?.soort !== soort) return;
      opruimen();
      ok(m as T);
    };
    const bijFout = (e: Error) => {
      opruimen();
      fout(e);
    };
    const bijEinde = (code: number) => {
      opruimen();
      fout(new Error(`werker stopte (code ${code}) vóór '${soort}'`));
    };
    function opruimen() {
      clearTimeout(timer);
      w.off("message", bijBericht);
      w.off("error", bijFout);
      w.off("exit", bijEinde);
    }
    w.on("message", bijBericht);
    w.on("error", bijFout);
    w.on("exit", bijEinde);
  });
}
