// Hands released CAP messages to the broadcast gateway (HTTP POST of the CAP XML) and records every
// attempt. Deliveries live in nl_alert_verzendingen: the release transaction writes the row, this
// worker claims due rows (lease + SKIP LOCKED, so several instances and crashes are safe), posts,
// and records acknowledgement or failure with bounded exponential back-off. Nothing is deleted.
import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { type Actor, schrijfAudit } from "../../db/audit.ts";
import { claimVerzendingen, type VerzendingRij } from "../../db/nl-alert.ts";
import type { DB } from "../../db/schema.ts";
import { wachttijd } from "./regels.ts";

export interface GatewayInstellingen {
  /** Where the CAP XML is POSTed; unset = every attempt fails with a clear reason (and is retried). */
  url: string | undefined;
  contentType: string;
  /** Optional bearer token for the gateway. */
  token: string | undefined;
  sender: string;
  timeoutMs: number;
  maxPogingen: number;
  basisWachtMs: number;
  maxWachtMs: number;
  /** How often the background worker looks for due deliveries; 0 = no background worker. */
  werkerIntervalMs: number;
}

function getal(env: NodeJS.ProcessEnv, k: string, d: number): number {
  const v = env[k];
  if (v === undefined || v === "") return d;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${k} moet een geheel getal zijn (was '${v}')`);
  return n;
}

export function leesGatewayInstellingen(env: NodeJS.ProcessEnv = process.env): GatewayInstellingen {
  return {
    url: env.NL_ALERT_GATEWAY_URL || undefined,
    contentType: env.NL_ALERT_GATEWAY_CONTENT_TYPE || "application/cap+xml; charset=utf-8",
    token: env.NL_ALERT_GATEWAY_TOKEN || undefined,
    sender: env.KNOOPPUNT_NL_ALERT_SENDER || "nl-alert@knooppunt.local",
    timeoutMs: getal(env, "NL_ALERT_GATEWAY_TIMEOUT_MS", 5000),
    maxPogingen: Math.max(1, getal(env, "NL_ALERT_MAX_ATTEMPTS", 8)),
    basisWachtMs: getal(env, "NL_ALERT_RETRY_BASE_MS", 2000),
    maxWachtMs: getal(env, "NL_ALERT_RETRY_MAX_MS", 60_000),
    werkerIntervalMs: getal(env, "NL_ALERT_WORKER_INTERVAL_MS", 1000),
  };
}

export const GATEWAY_ACTOR: Actor = { id: null, naam: "nl-alert-gateway", rollen: [], organisatieId: null };

const kort = (s: string, n = 2000) => (s.length > n ? `${s.slice(0, n)}…` : s);

interface Uitkomst {
  gelukt: boolean;
  httpStatus: number | null;
  antwoord: string | null;
  fout: string | null;
  duurMs: number;
}

async function post(inst: GatewayInstellingen, xml: string): Promise<Uitkomst> {
  const begin = Date.now();
  if (!inst.url)
    return {
      gelukt: false,
      httpStatus: null,
      antwoord: null,
      fout: "Geen gateway ingesteld (NL_ALERT_GATEWAY_URL ontbreekt).",
      duurMs: 0,
    };
  try {
    const r = await fetch(inst.url, {
      method: "POST",
      headers: {
        "content-type": inst.contentType,
        accept: "application/xml, text/plain, */*",
        ...(inst.token ? { authorization: `Bearer ${inst.token}` } : {}),
      },
      body: xml,
      signal: AbortSignal.timeout(inst.timeoutMs),
    });
    const antwoord = kort(await r.text().catch(() => ""));
    return {
      gelukt: r.ok,
      httpStatus: r.status,
      antwoord,
      fout: r.ok ? null : `De gateway antwoordde HTTP ${r.status}.`,
      duurMs: Date.now() - begin,
    };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const reden =
      err.name === "TimeoutError"
        ? `Geen antwoord van de gateway binnen ${inst.timeoutMs} ms.`
        : `De gateway is niet bereikbaar (${err.cause?.code ?? err.message}).`;
    return { gelukt: false, httpStatus: null, antwoord: null, fout: reden, duurMs: Date.now() - begin };
  }
}

/** One attempt for a claimed delivery; records the attempt, the outcome and its audit record. */
async function verstuurEen(db: Kysely<DB>, inst: GatewayInstellingen, v: VerzendingRij): Promise<void> {
  const alert = await db
    .selectFrom("nl_alerts")
    .select(["id", "cap_xml", "soort", "origineel_id"])
    .where("id", "=", v.alertId)
    .executeTakeFirstOrThrow();
  const begonnen = new Date();
  const u = await post(inst, alert.cap_xml ?? "");
  const definitief = !u.gelukt && v.pogingen >= inst.maxPogingen;
  const wachtMs = wachttijd(v.pogingen, inst.basisWachtMs, inst.maxWachtMs);
  await db.transaction().execute(async (trx) => {
    // Lost the lease meanwhile (another instance took over): record nothing twice.
    const nog = await trx
      .selectFrom("nl_alert_verzendingen")
      .select(["status", "pogingen"])
      .where("id", "=", v.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (nog.status !== "bezig" || nog.pogingen !== v.pogingen) return;
    await trx
      .insertInto("nl_alert_pogingen")
      .values({
        id: randomUUID(),
        verzending_id: v.id,
        nummer: v.pogingen,
        begonnen,
        duur_ms: u.duurMs,
        url: inst.url ?? "",
        http_status: u.httpStatus,
        antwoord: u.antwoord,
        fout: u.fout,
        gelukt: u.gelukt,
      })
      .execute();
    const nu = new Date();
    if (u.gelukt) {
      await trx
        .updateTable("nl_alert_verzendingen")
        .set({ status: "ontvangen", ontvangen_op: nu, geclaimd_tot: null, laatste_fout: null })
        .where("id", "=", v.id)
        .execute();
      await trx
        .updateTable("nl_alerts")
        .set((eb) => ({ fase: "verzonden", versie: eb("versie", "+", 1), gewijzigd: nu }))
        .where("id", "=", v.alertId)
        .execute();
      // §4f.2: a sent einde-situatie message closes the alert it ends (and its updates).
      if (alert.soort === "einde-situatie" && alert.origineel_id) {
        await trx
          .updateTable("nl_alerts")
          .set((eb) => ({ fase: "beeindigd", beeindigd_op: nu, versie: eb("versie", "+", 1), gewijzigd: nu }))
          .where((eb) =>
            eb.or([
              eb("id", "=", alert.origineel_id as string),
              eb.and([eb("origineel_id", "=", alert.origineel_id as string), eb("soort", "=", "update")]),
            ]),
          )
          .where("fase", "in", ["verzonden", "vrijgegeven", "mislukt"])
          .execute();
      }
    } else {
      await trx
        .updateTable("nl_alert_verzendingen")
        .set({
          status: definitief ? "mislukt" : "wachtend",
          geclaimd_tot: null,
          laatste_fout: u.fout,
          volgende_poging: new Date(nu.getTime() + wachtMs),
        })
        .where("id", "=", v.id)
        .execute();
      if (definitief)
        await trx
          .updateTable("nl_alerts")
          .set((eb) => ({ fase: "mislukt", versie: eb("versie", "+", 1), gewijzigd: nu }))
          .where("id", "=", v.alertId)
          .execute();
    }
    await schrijfAudit(trx, GATEWAY_ACTOR, {
      actie: u.gelukt
        ? "nl-alert.gateway-ontvangen"
        : definitief
          ? "nl-alert.gateway-mislukt"
          : "nl-alert.gateway-poging-mislukt",
      onderwerpSoort: "nl-alert",
      onderwerpId: v.alertId,
      gegevens: {
        capIdentifier: v.capIdentifier,
        poging: v.pogingen,
        httpStatus: u.httpStatus,
        fout: u.fout,
        ...(u.gelukt || definitief ? {} : { volgendePogingOverMs: wachtMs }),
      },
    });
  });
}

/** Claims and sends due deliveries (optionally only one alert's). Returns how many were attempted. */
export async function verwerkVerzendingen(
  db: Kysely<DB>,
  inst: GatewayInstellingen,
  opties: { alertId?: string; direct?: boolean; log?: FastifyBaseLogger } = {},
): Promise<number> {
  const geclaimd = await claimVerzendingen(db, {
    aantal: 10,
    leaseMs: eersteGreepMs(inst),
    ...(opties.alertId ? { alertId: opties.alertId } : {}),
    ...(opties.direct ? { direct: true } : {}),
  });
  for (const v of geclaimd) {
    try {
      await verstuurEen(db, inst, v);
    } catch (e) {
      // The lease expires and the row is claimed again: logged, never lost.
      opties.log?.error({ err: e, verzending: v.id }, "nl-alert: verzending kon niet worden vastgelegd");
    }
  }
  return geclaimd.length;
}

/**
 * How long a claimed delivery is this attempt's own; also how long a just-released one waits for
 * the release's own first attempt before the background worker may take it (a crash in between).
 */
export const eersteGreepMs = (inst: GatewayInstellingen) => inst.timeoutMs + 30_000;

/** Background retries; returns a stop function that waits for the round in progress. */
export function startGatewayWerker(
  db: Kysely<DB>,
  inst: GatewayInstellingen,
  log: FastifyBaseLogger,
): () => Promise<void> {
  if (inst.werkerIntervalMs === 0) return async () => {};
  let lopend: Promise<unknown> | null = null;
  let gestopt = false;
  // One round at a time: a slow gateway must not pile up rounds.
  const timer = setInterval(() => {
    if (gestopt || lopend) return;
    lopend = verwerkVerzendingen(db, inst, { log })
      .catch((e) => log.warn({ err: e }, "nl-alert: gatewayronde mislukt"))
      .finally(() => {
        lopend = null;
      });
  }, inst.werkerIntervalMs);
  timer.unref();
  return async () => {
    gestopt = true;
    clearInterval(timer);
    await lopend;
  };
}
