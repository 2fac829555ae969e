// Test support for the request decider: given(events).when(command).then(events | error), users
// per role and organisation, complete form data, and a walker that carries a request of any
// catalogue procedure through its tasks with the right actors.

import assert from "node:assert/strict";
import type { Rol } from "../organisaties/rollen.ts";
import { procedure as procedureVan } from "../wegwijzer/catalogus.ts";
import type { Procedure, ProcedureId } from "../wegwijzer/typen.ts";
import { passendeCapaciteitTypen } from "./capaciteit-passend.ts";
import { decide } from "./decider.ts";
import { evolve, herbouw } from "./evolve.ts";
import { AanvraagFout, type AanvraagFoutCode } from "./fouten.ts";
import { standaardKostenverwachting } from "./kosten.ts";
import type { Aanvraag, AanvraagCommando, AanvraagEvent, AanvraagGegevens, Taak } from "./typen.ts";
import { actorVoor, commandoVoorTaak, gebruiker, type Keuze, kent, sha256 } from "./voorbeeldcommando.ts";

export const T0 = new Date("2026-03-10T09:00:00.000Z");

// ---------------------------------------------------------------- given / when / then

type Verwacht = Partial<AanvraagEvent> & { type: AanvraagEvent["type"] };

export function given(events: readonly AanvraagEvent[]) {
  const state = herbouw(events);
  return {
    state,
    when(c: AanvraagCommando | ((a: Aanvraag | null) => AanvraagCommando)) {
      const cmd = typeof c === "function" ? c(state) : c;
      let uit: AanvraagEvent[] | null = null;
      let fout: AanvraagFout | null = null;
      try {
        uit = decide(cmd, state);
      } catch (e) {
        if (!(e instanceof AanvraagFout)) throw e;
        fout = e;
      }
      return {
        // biome-ignore lint/suspicious/noThenProperty: the given/when/then reading is the point; never awaited.
        then(verwacht: Verwacht[]): AanvraagEvent[] {
          assert.equal(fout, null, `verwachtte events, kreeg fout ${fout?.code}: ${fout?.message}`);
          const ev = uit ?? [];
          assert.equal(ev.length, verwacht.length, `aantal events: ${ev.map((x) => x.type).join(", ")}`);
          verwacht.forEach((v, i) => {
            const e = ev[i] as unknown as Record<string, unknown>;
            for (const [k, w] of Object.entries(v)) assert.deepEqual(e[k], w, `event ${i} veld ${k}`);
          });
          return ev;
        },
        thenFout(code: AanvraagFoutCode, bericht?: RegExp): AanvraagFout {
          assert.ok(fout, `verwachtte fout ${code}, kreeg events ${uit?.map((x) => x.type).join(", ")}`);
          assert.equal(fout.code, code, fout.message);
          assert.ok(fout.message.length > 10, "een fout noemt de reden");
          if (bericht) assert.match(fout.message, bericht);
          return fout;
        },
      };
    },
  };
}

// ---------------------------------------------------------------- request data

export const REGIO = "vr09";
export const GEMEENTE = "gm0344";

/** Complete form data (what a drafter would fill in). */
export function volledigeGegevens(p: Procedure, gemeenten: string[] = [GEMEENTE]): Partial<AanvraagGegevens> {
  return {
    contact: { naam: "J. de Vries", telefoon: "0881234567", email: "j.devries@example.nl" },
    incident: {
      naam: "Demonstratie Domplein",
      plaats: "Utrecht",
      start: "2026-03-10T07:00:00.000Z",
      type: "openbare orde",
    },
    reden: "De eigen capaciteit is onvoldoende voor de verwachte omvang.",
    beoogdEffect: "Handhaving van de openbare orde rond het plein.",
    gevraagd: {
      capaciteitType: passendeCapaciteitTypen(p)[0] ?? "",
      aantal: 4,
      specialisme: null,
      omschrijving: "Vier pelotons voor twee diensten.",
    },
    plaats: { gemeenten, adres: "Domplein 1, Utrecht", coordinaten: null },
    periode: { van: "2026-03-10T12:00:00.000Z", tot: "2026-03-11T12:00:00.000Z" },
    kostenverwachting: {
      regime: standaardKostenverwachting(p),
      bedragCent: null,
      toelichting: "Volgens de procedure.",
    },
    bijlagen: [],
    motiveringGeenMarktpartij:
      p.soort.waarde === "militaire-steunverlening" ? "Geen marktpartij beschikbaar binnen 24 uur." : null,
  };
}

/** The requesting organisation for a role in region vr09 / municipality gm0344. */
export function organisatieVoorRol(rol: Rol): string {
  switch (rol) {
    case "rccb-medewerker":
      return "politie-re03-rccb";
    case "nsgbo-sgbo":
      return "politie-nsgbo";
    case "burgemeester":
      return GEMEENTE;
    case "regioburgemeester":
      return "politie-re03";
    case "officier-van-justitie":
      return "om-parket-re03";
    default:
      return REGIO;
  }
}

/** The same kind of organisation in another region, or another national body. */
export function andereOrganisatie(org: string): string {
  if (/^vr\d\d$/.test(org)) return "vr13";
  if (/^gm\d{4}$/.test(org)) return org === "gm0363" ? "gm0344" : "gm0363";
  if (org.includes("re03")) return org.replace("re03", "re05");
  if (org.includes("vr09")) return org.replace("vr09", "vr13");
  if (org.includes("vr14")) return org.replace("vr14", "vr13");
  if (org.includes("re05")) return org.replace("re05", "re07");
  return org === "ncc" ? "locc" : "ncc";
}

/** A role other than `rol` (to check refusals for the wrong role). */
export function andereRol(rol: Rol): Rol {
  return rol === "meldkamer" ? "auditor" : "meldkamer";
}

// ---------------------------------------------------------------- scenario

/** A running request: applies commands, keeps the events and the clock. */
export class Scenario {
  events: AanvraagEvent[] = [];
  state: Aanvraag | null = null;
  nu: Date = T0;
  constructor(readonly aanvraagId = "a-1") {}

  get a(): Aanvraag {
    assert.ok(this.state, "geen aanvraag");
    return this.state;
  }

  tik(minuten = 5): Date {
    this.nu = new Date(this.nu.getTime() + minuten * 60_000);
    return this.nu;
  }

  /** Applies a command (version and time filled in); throws on a refusal. */
  doe(
    cmd: DistributiveOmit<AanvraagCommando, "aanvraagId" | "nu" | "verwachteVersie"> & { nu?: Date },
  ): AanvraagEvent[] {
    const c = cmd as Record<string, unknown>;
    const volledig = {
      ...cmd,
      aanvraagId: c.aanvraagId ?? this.aanvraagId,
      verwachteVersie: c.verwachteVersie ?? this.state?.versie ?? 0,
      nu: cmd.nu ?? this.tik(),
    } as AanvraagCommando;
    const ev = decide(volledig, this.state);
    for (const e of ev) {
      this.state = evolve(this.state, e);
      this.events.push(e);
    }
    return ev;
  }

  /** The refusal a command gets (asserts that it is refused with `code`). */
  weiger(
    code: AanvraagFoutCode,
    cmd: DistributiveOmit<AanvraagCommando, "aanvraagId" | "nu" | "verwachteVersie"> & {
      nu?: Date;
      verwachteVersie?: number;
    },
  ): AanvraagFout {
    return given(this.events)
      .when({
        aanvraagId: this.aanvraagId,
        verwachteVersie: this.state?.versie ?? 0,
        ...cmd,
        nu: cmd.nu ?? new Date(this.nu.getTime() + 60_000),
      } as AanvraagCommando)
      .thenFout(code);
  }

  taak(id: string): Taak {
    const t = this.a.taken.find((x) => x.id === id || x.stapId.endsWith(`/${id}`));
    assert.ok(t, `taak ${id} niet gevonden in ${this.a.taken.map((x) => x.id).join(", ")}`);
    return t;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Starts a request of procedure `id` in vr09 by its first preparing role. */
export function nieuweAanvraag(
  id: ProcedureId,
  opties: {
    spoed?: boolean;
    gemeenten?: string[];
    gezagRol?: Rol;
    aanvraagId?: string;
    /** A water-cannon exercise: no gezag (ADR 0621). */
    oefening?: boolean;
  } = {},
): Scenario {
  const p = procedureVan(id);
  const s = new Scenario(opties.aanvraagId);
  const rol = p.voorbereiding.rollen[0] as Rol;
  const gezagRol = opties.gezagRol ?? (p.gezag.rollen[0] as Rol);
  s.doe({
    type: "ConceptAanmaken",
    actor: gebruiker(rol, organisatieVoorRol(rol)),
    procedureId: id,
    volgnummer: 42,
    aanvragerOrganisatieId: organisatieVoorRol(rol),
    veiligheidsregioId: REGIO,
    gezag: opties.oefening ? null : { rol: gezagRol, naam: "mr. A. Dijksma" },
    ...(opties.oefening ? { oefening: true } : {}),
    spoed: opties.spoed ?? false,
    gegevens: volledigeGegevens(p, opties.gemeenten),
  });
  return s;
}

/**
 * Completes available tasks one by one (first in order) until none is left or `stop` says so.
 * `keuzeVoor` picks the outcome per task (default positive).
 */
export function loop(
  s: Scenario,
  opties: {
    keuzeVoor?: (t: Taak) => Keuze;
    stop?: (t: Taak) => boolean;
    voorElke?: (t: Taak) => void;
    overslaan?: (t: Taak) => boolean;
    volgorde?: (a: Taak, b: Taak) => number;
  } = {},
): void {
  for (let i = 0; i < 200; i++) {
    const beschikbaar = s.a.taken.filter((t) => t.beschikbaar);
    if (opties.volgorde) beschikbaar.sort(opties.volgorde);
    const t = beschikbaar[0];
    if (!t) return;
    if (opties.stop?.(t)) return;
    opties.voorElke?.(t);
    if (opties.overslaan?.(t)) {
      s.doe({
        type: "StapOverslaan",
        actor: actorVoor(t),
        taakId: t.id,
        reden: "Niet nodig in deze situatie.",
      });
      continue;
    }
    s.doe(commandoVoorTaak(s, t, opties.keuzeVoor?.(t) ?? "positief") as never);
  }
  assert.fail("loop eindigt niet");
}

/** The task of a step, by task id or step id suffix; fails the test when there is none. */
/**
 * The first contact by phone on the urgent path: the owner of the first available task calls the
 * LOCC piket and records what was agreed (completing that task when it is the contact step).
 */
export function belLocc(s: Scenario, afspraken: string, telefoon: string | null = null): void {
  const contact = s.a.taken.find((t) => t.beschikbaar) as Taak;
  const beller = actorVoor(contact);
  s.doe({
    type: "TelefonischContactVastleggen",
    actor: beller,
    van: { naam: beller.naam, rol: beller.rollen[0] ?? null, organisatieId: beller.organisatieId, telefoon },
    aan: { naam: "Piket LOCC", rol: "locc-piket", organisatieId: "locc", telefoon: "0886628048" },
    op: s.nu,
    afspraken,
    taakIds: contact.soort === "contact" || contact.soort === "vooroverleg" ? [contact.id] : [],
  });
}

export function taakVoorStap(a: Aanvraag, stap: string): Taak {
  const t = a.taken.find((x) => x.id === stap || x.stapId.endsWith(`/${stap}`));
  if (!t) throw new Error(`taak ${stap} niet gevonden`);
  return t;
}

export { actorVoor, commandoVoorTaak, gebruiker, type Keuze, kent, sha256 };
