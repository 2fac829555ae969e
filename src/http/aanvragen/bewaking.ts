// The deadline watcher: now and then, for every request with something due (a late task, or the
// written formalisation after the urgent path), issue TermijnenBewaken as the system. The decider
// records each reminder and escalation once (keys in `verstuurd`), so two instances running this at
// the same time do no harm: the second gets a version conflict and skips until the next round.
import { aanvragenMetTermijnVoor, laadAanvraag, voerUit } from "../../db/aanvragen.ts";
import { SYSTEEM, schrijfAudit } from "../../db/audit.ts";
import type { Database } from "../../db/database.ts";
import { AanvraagFout, type Gebruiker, herinneringen, TERMIJNEN } from "../../domain/aanvragen/index.ts";

/** The actor of the watcher's events. */
export const TERMIJNBEWAKING: Gebruiker = {
  gebruikerId: "systeem",
  naam: "Termijnbewaking Knooppunt",
  rollen: [],
  organisatieId: "knooppunt",
};

export interface BewakingUitkomst {
  bekeken: number;
  bijgewerkt: string[];
  conflicten: number;
}

export interface BewakingOpties {
  /** The service's public address (config PUBLIC_URL), so that reminder mails carry the full link. */
  publiekeUrl?: string;
}

export async function bewaakTermijnen(
  database: Database,
  nu: Date = new Date(),
  opties: BewakingOpties = {},
): Promise<BewakingUitkomst> {
  // Reminders for the formalisation go out some hours before its deadline.
  const venster = new Date(nu.getTime() + TERMIJNEN.herinnerenVoorMinuten * 60_000);
  const ids = await aanvragenMetTermijnVoor(database.db, venster);
  const uit: BewakingUitkomst = { bekeken: ids.length, bijgewerkt: [], conflicten: 0 };
  for (const id of ids) {
    const a = await laadAanvraag(database.db, id);
    if (!a || herinneringen(a, nu).length === 0) continue;
    try {
      const r = await database.db.transaction().execute((trx) =>
        voerUit(
          trx,
          id,
          (voor) => ({
            type: "TermijnenBewaken",
            aanvraagId: id,
            actor: TERMIJNBEWAKING,
            nu,
            verwachteVersie: voor?.versie ?? 0,
          }),
          {
            audit: async (g) => {
              await schrijfAudit(trx, { ...SYSTEEM, naam: TERMIJNBEWAKING.naam }, g);
            },
            ...(opties.publiekeUrl ? { publiekeUrl: opties.publiekeUrl } : {}),
          },
        ),
      );
      if (r.events.length > 0) uit.bijgewerkt.push(id);
    } catch (e) {
      // Someone acted on the request meanwhile: look again next round.
      if (e instanceof AanvraagFout && e.code === "versie-conflict") uit.conflicten++;
      else if ((e as { code?: string }).code === "23505") uit.conflicten++;
      else throw e;
    }
  }
  return uit;
}

export interface Termijnbewaking {
  /** Stops the loop and waits for a running round. */
  stop(): Promise<void>;
}

/** Starts the loop; `klok` gives "now" for each round (tests move it forward). */
export function startTermijnbewaking(
  database: Database,
  intervalMs: number,
  opties: BewakingOpties & { bijFout?: (e: unknown) => void; klok?: () => Date } = {},
): Termijnbewaking {
  let bezig: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (bezig) return;
    bezig = bewaakTermijnen(database, opties.klok?.() ?? new Date(), opties)
      .catch((e) => opties.bijFout?.(e))
      .finally(() => {
        bezig = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await bezig;
    },
  };
}
