// The outbox worker: wakes on NOTIFY (a transaction with outbox rows committed, on any
// instance) and on a timer (rows whose backoff has passed, expired claims), claims a batch,
// sends it, and records each outcome. One worker per process; several processes share the
// table safely through FOR UPDATE SKIP LOCKED and a claim lease.
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import {
  claimOutbox,
  type MailGegevens,
  markeerPoging,
  markeerVerzonden,
  OUTBOX_KANAAL,
  type OutboxRij,
} from "../db/outbox.ts";
import { type Logboek, maakVerzender, type Verzender, VerzendFout } from "./verzender.ts";

export interface WerkerOpties {
  /** Timer between polls, in ms (default 5 000). */
  pollMs?: number;
  /** First retry delay; doubles per attempt up to `maxWachtMs` (defaults 30 s and 30 min). */
  basisWachtMs?: number;
  maxWachtMs?: number;
  /** Attempts before 'mislukt' (default config.mailMaxPogingen). */
  maxPogingen?: number;
  /** How long a claim holds before another worker may retry the row (default 5 min). */
  leaseMs?: number;
  batch?: number;
  /** Replaces the sender made from config.smtpUrl (tests). */
  verzender?: Verzender;
}

export interface OutboxWerker {
  /** Runs one round now (also used by tests); resolves with the number of rows handled. */
  verwerkNu(): Promise<number>;
  /** Stops taking new work, waits for sends in flight to be recorded, closes the transport. */
  stop(): Promise<void>;
}

/** Retry delay after attempt `poging` (1-based): exponential with ±20 % jitter. */
export function wachttijd(poging: number, basisMs: number, maxMs: number, toeval = Math.random()): number {
  const zonder = Math.min(maxMs, basisMs * 2 ** Math.max(0, poging - 1));
  return Math.round(zonder * (0.8 + 0.4 * toeval));
}

export async function startOutboxWerker(
  database: Database,
  config: Pick<Config, "smtpUrl" | "mailFrom" | "mailMaxPogingen">,
  logboek: Logboek,
  opties: WerkerOpties = {},
): Promise<OutboxWerker> {
  const pollMs = opties.pollMs ?? 5_000;
  const basisWachtMs = opties.basisWachtMs ?? 30_000;
  const maxWachtMs = opties.maxWachtMs ?? 30 * 60_000;
  const maxPogingen = opties.maxPogingen ?? config.mailMaxPogingen;
  const leaseMs = opties.leaseMs ?? 5 * 60_000;
  const batch = opties.batch ?? 10;
  const verzender = opties.verzender ?? maakVerzender(config.smtpUrl, config.mailFrom, logboek);
  const soorten = verzender ? ["mail"] : [];
  if (!verzender)
    logboek.warn(
      {},
      "SMTP_URL is niet ingesteld: e-mail blijft in de outbox (status 'wachtend') tot een mailserver is ingesteld",
    );
  else logboek.info({ verzender: verzender.naam }, "outbox-werker gestart");

  let gestopt = false;
  let lopend: Promise<number> | null = null;
  let nogmaals = false;

  async function verwerk(rij: OutboxRij): Promise<void> {
    try {
      if (rij.soort !== "mail" || !verzender) throw new VerzendFout(`onbekende soort '${rij.soort}'`, true);
      await verzender.verstuur(rij.id, rij.gegevens as MailGegevens);
      await markeerVerzonden(database.db, rij.id);
    } catch (e) {
      const permanent = e instanceof VerzendFout && e.permanent;
      const definitief = permanent || rij.pogingen >= maxPogingen;
      const wachtMs = wachttijd(rij.pogingen, basisWachtMs, maxWachtMs);
      const melding = (e as Error).message;
      (definitief ? logboek.error : logboek.warn).call(
        logboek,
        { outbox: rij.id, poging: rij.pogingen, fout: melding, ...(definitief ? {} : { wachtMs }) },
        definitief
          ? "outbox-bericht mislukt (beheerder kan opnieuw proberen)"
          : "verzenden mislukt, later opnieuw",
      );
      await markeerPoging(database.db, rij.id, melding, { definitief, wachtMs });
    }
  }

  async function ronde(): Promise<number> {
    let totaal = 0;
    for (;;) {
      if (gestopt) return totaal;
      const rijen = await claimOutbox(database.db, soorten, batch, leaseMs);
      await Promise.all(rijen.map(verwerk));
      totaal += rijen.length;
      if (rijen.length < batch) return totaal;
    }
  }

  function wek(): Promise<number> {
    if (gestopt) return Promise.resolve(0);
    if (lopend) {
      nogmaals = true;
      return lopend;
    }
    const p = ronde()
      .catch((e) => {
        logboek.error({ err: e }, "outbox-ronde mislukt (database?)");
        return 0;
      })
      .finally(() => {
        lopend = null;
        if (nogmaals) {
          nogmaals = false;
          void wek();
        }
      });
    lopend = p;
    return p;
  }

  const stopLuisteren = soorten.length ? await database.listen(OUTBOX_KANAAL, () => void wek()) : undefined;
  const timer = soorten.length ? setInterval(() => void wek(), pollMs) : undefined;
  timer?.unref();
  void wek();

  return {
    async verwerkNu() {
      if (lopend) await lopend;
      return wek();
    },
    async stop() {
      if (gestopt) return;
      gestopt = true;
      if (timer) clearInterval(timer);
      await stopLuisteren?.();
      while (lopend) await lopend;
      verzender?.sluit();
    },
  };
}
