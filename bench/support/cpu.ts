// CPU time per party while a load runs, read from /proc (Linux): this process's main thread
// (the service; on PGlite also the database), its other threads (the load generator, libuv), and
// every PostgreSQL server process. On a 2-core machine these compete; CPU ms per answer says
// what one request costs where, which wall-clock profiles cannot (a preempted thread looks busy).
import { readdirSync, readFileSync } from "node:fs";

export interface CpuTijden {
  hoofdthread: number;
  andereThreads: number;
  postgres: number;
  /** Other threads by name (V8 helpers, libuv, worker threads), for looking closer. */
  perThreadNaam: Record<string, number>;
}

const TIK_MS = 10; // USER_HZ is 100 on Linux

function tikken(statPad: string): { naam: string; ms: number } | null {
  try {
    const s = readFileSync(statPad, "utf8");
    const sluit = s.lastIndexOf(")");
    const naam = s.slice(s.indexOf("(") + 1, sluit);
    const velden = s.slice(sluit + 2).split(" ");
    // utime and stime are fields 14 and 15; after "pid (comm) " they are at 11 and 12.
    return { naam, ms: (Number(velden[11]) + Number(velden[12])) * TIK_MS };
  } catch {
    return null;
  }
}

/** Cumulative CPU milliseconds now; undefined where /proc is not there. */
export function cpuTijden(): CpuTijden | undefined {
  try {
    const eigen = process.pid;
    let hoofdthread = 0;
    let andereThreads = 0;
    const perThreadNaam: Record<string, number> = {};
    for (const tid of readdirSync(`/proc/${eigen}/task`)) {
      const t = tikken(`/proc/${eigen}/task/${tid}/stat`);
      if (!t) continue;
      if (Number(tid) === eigen) hoofdthread += t.ms;
      else {
        andereThreads += t.ms;
        perThreadNaam[t.naam] = (perThreadNaam[t.naam] ?? 0) + t.ms;
      }
    }
    let postgres = 0;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      const t = tikken(`/proc/${pid}/stat`);
      if (t?.naam === "postgres") postgres += t.ms;
    }
    return { hoofdthread, andereThreads, postgres, perThreadNaam };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds per answer for each party between two readings. */
export function cpuPerAntwoord(voor: CpuTijden | undefined, na: CpuTijden | undefined, antwoorden: number) {
  if (!voor || !na || antwoorden <= 0) return null;
  const per = (k: "hoofdthread" | "andereThreads" | "postgres") =>
    Math.round(((na[k] - voor[k]) / antwoorden) * 1000) / 1000;
  return {
    hoofdthreadMs: per("hoofdthread"),
    andereThreadsMs: per("andereThreads"),
    postgresMs: per("postgres"),
    totaalMs:
      Math.round(
        ((na.hoofdthread +
          na.andereThreads +
          na.postgres -
          voor.hoofdthread -
          voor.andereThreads -
          voor.postgres) /
          antwoorden) *
          1000,
      ) / 1000,
  };
}
