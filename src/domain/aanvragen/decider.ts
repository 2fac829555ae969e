// The request decider (emmett style): decide(command, state) → events or a typed AanvraagFout;
// evolve(state, event) → state. No clock, no I/O: time and actor come in with the command.
import { isCapaciteitType } from "../capaciteit/catalogus.ts";
import { herauthenticatieGeldig } from "../gebruikers/herauthenticatie.ts";
import { POLITIE_EENHEDEN, rccbId, VEILIGHEIDSREGIOS, vrId } from "../organisaties/referentie.ts";
import { ROLLEN } from "../organisaties/rollen.ts";
import { CATALOGUS_VERSIE, isProcedureId, procedure as procedureVan } from "../wegwijzer/catalogus.ts";
import type { Procedure, ProcedureId } from "../wegwijzer/typen.ts";
import { herinneringen } from "./bewaking.ts";
import { capaciteitTypePast, controleerCapaciteitType } from "./capaciteit-passend.ts";
import { AanvraagFout, type AanvraagFoutCode, fout } from "./fouten.ts";
import { eisGemeentenInGebied } from "./gebied.ts";
import { controleerGegevens, legeGegevens, ontbrekendeVelden, teOndertekenenInhoud } from "./gegevens.ts";
import { controleerKosten } from "./kosten.ts";
import { formatteerReferentienummer, referentieSleutel } from "./referentie.ts";
import {
  aanvragendeRollen,
  besluitStap,
  gezagRollen,
  isAanvragendePartij,
  isDeelnemer,
  isLocc,
  isVerzoeker,
  maakContext,
  magActeren,
  magInzetVastleggen,
  procedurePartijen,
  procedureVanFase,
  spoedInFase,
  stapVanTaak,
  TERMIJNEN,
} from "./taken.ts";
import type {
  Aanvraag,
  AanvraagCommando,
  AanvraagEvent,
  BesluitRegel,
  Bijlage,
  CommandoSoort,
  Door,
  Fase,
  Gebruiker,
  Geleverd,
  Gevolg,
  Gezag,
  Taak,
  Uitkomst,
} from "./typen.ts";
import { EVENT_SCHEMA_VERSIE } from "./typen.ts";

const POSITIEF = new Set<Uitkomst>(["volledig", "goedkeuren", "toestemming"]);
const NEGATIEF = new Set<Uitkomst>(["afwijzen", "geen-toestemming"]);

const doorVan = (g: Gebruiker): Door => ({
  gebruikerId: g.gebruikerId,
  naam: g.naam,
  rollen: [...g.rollen],
  organisatieId: g.organisatieId,
});

const rolNaam = (r: string) => ROLLEN[r as keyof typeof ROLLEN] ?? r;
const kort = (t: Taak) => t.stapId.split("/")[1] ?? t.stapId;

function basis(cmd: AanvraagCommando) {
  return {
    aanvraagId: cmd.aanvraagId,
    schemaVersie: EVENT_SCHEMA_VERSIE,
    op: cmd.nu.toISOString(),
    door: doorVan(cmd.actor),
  };
}

function eis(voorwaarde: boolean, f: () => Error): asserts voorwaarde {
  if (!voorwaarde) throw f();
}

const tekstNodig = (s: string | undefined | null, veld: string) =>
  eis(!!s && s.trim() !== "", () => fout("ongeldige-invoer", `${veld} is verplicht.`, { veld }));

// ---------------------------------------------------------------- task checks

/** The task a command acts on, after checking command kind, role, organisation, state and order. */
function taakVoor(a: Aanvraag, cmd: AanvraagCommando & { taakId: string }, soort: CommandoSoort): Taak {
  const t = a.taken.find((x) => x.id === cmd.taakId);
  if (!t) throw fout("onbekende-taak", `Taak ${cmd.taakId} bestaat niet in aanvraag ${a.referentienummer}.`);
  if (t.commando !== soort)
    throw fout(
      "verkeerd-commando",
      `Stap "${kort(t)}" (${t.soort}) rondt u af met ${t.commando}, niet met ${soort}.`,
      { taakId: t.id, verwacht: t.commando },
    );
  if (t.eigenaar.organisaties.length === 0 && !t.beschikbaar && g(cmd.actor, t))
    throw fout(
      "verkeerde-volgorde",
      `Stap "${kort(t)}" is nog niet aan de beurt; de organisaties worden in een eerdere stap bepaald.`,
      {
        taakId: t.id,
        wachtOp: t.wachtOp,
      },
    );
  eisEigenaar(cmd.actor, t);
  if (t.status !== "open")
    throw fout("al-afgehandeld", `Stap "${kort(t)}" is al ${t.status}.`, { taakId: t.id, status: t.status });
  if (!t.beschikbaar) {
    const namen = t.wachtOp.map((id) => a.taken.find((x) => x.id === id)).filter((x) => x !== undefined);
    throw fout(
      "verkeerde-volgorde",
      namen.length > 0
        ? `Stap "${kort(t)}" kan pas als deze stappen klaar zijn: ${namen.map((x) => `"${kort(x)}" (${rolNaam(x.eigenaar.rol)})`).join(", ")}.`
        : `Stap "${kort(t)}" kan nu niet: de aanvraag is ${a.status}.`,
      { taakId: t.id, wachtOp: t.wachtOp },
    );
  }
  return t;
}

const g = (actor: Gebruiker, t: Taak) => actor.rollen.includes(t.eigenaar.rol);

function eisEigenaar(g: Gebruiker, t: Taak): void {
  if (!g.rollen.includes(t.eigenaar.rol))
    throw fout(
      "verkeerde-rol",
      `Stap "${kort(t)}" is voor de rol ${rolNaam(t.eigenaar.rol)}; u heeft ${g.rollen.map(rolNaam).join(", ") || "geen rol"}.`,
      { taakId: t.id, rol: t.eigenaar.rol },
    );
  if (!t.eigenaar.organisaties.includes(g.organisatieId))
    throw fout(
      "verkeerde-organisatie",
      t.eigenaar.organisaties.length === 0
        ? `Voor stap "${kort(t)}" is nog geen organisatie bekend.`
        : `Stap "${kort(t)}" is voor ${rolNaam(t.eigenaar.rol)} van ${t.eigenaar.organisaties.join(", ")}, niet van ${g.organisatieId}.`,
      { taakId: t.id, organisaties: t.eigenaar.organisaties },
    );
}

function eisUitkomst(t: Taak, u: Uitkomst): void {
  if (!t.uitkomsten.includes(u))
    throw fout(
      "ongeldige-uitkomst",
      `Uitkomst "${u}" kan niet bij stap "${kort(t)}"; mogelijk: ${t.uitkomsten.join(", ")}.`,
      { taakId: t.id, mogelijk: t.uitkomsten },
    );
}

function eisRedenen(redenen: readonly string[] | undefined, waarom: string): void {
  if (!redenen || redenen.filter((r) => r.trim() !== "").length === 0)
    throw fout("redenen-vereist", `${waarom} moet met redenen zijn omkleed.`);
}

/**
 * When the minister instructed the korpschef, on appeal against a refusal of phase `faseNr`, "alsnog
 * in de gevraagde bijstand te voorzien" (art. 56 lid 4 Politiewet 2012): the time of that
 * instruction; else null.
 */
export function aanwijzingOp(a: Aanvraag, faseNr: number): string | null {
  const beroep = a.fasen
    .filter((f) => f.aanleiding === "beroep" && f.betreftFase === faseNr)
    .map((f) => f.nr);
  const r = a.besluiten.find(
    (b) =>
      b.soort === "aanwijzing" && b.uitkomst === "goedkeuren" && beroep.includes(b.fase) && nogGeldig(a, b),
  );
  return r?.op ?? null;
}

/** The lowest quantity granted so far in a phase by a partial supplier decision or partial refusal. */
export function plafond(a: Aanvraag, faseNr: number): Geleverd | null {
  let laagste: Geleverd | null = null;
  const aangewezen = aanwijzingOp(a, faseNr);
  for (const b of a.besluiten) {
    if (b.fase !== faseNr || !b.geleverd) continue;
    if (b.soort === "leverancier" && !nogGeldig(a, b)) continue;
    // What was supplied within a partial refusal gives way to the minister's instruction (art. 56 lid 4).
    if (b.soort === "leverancier" && aangewezen !== null && b.op <= aangewezen) continue;
    if (b.soort === "weigering-korpschef") {
      // In an own §9 request the minister's instruction decides, not the refusal.
      if (a.fasen[faseNr]?.procedureId === "politie-9-afwijzing-en-beroep") continue;
      const beroep = a.fasen.find((f) => f.betreftFase === faseNr && f.aanleiding === "beroep");
      if (beroep?.uitkomst === "toegekend" || aangewezen !== null) continue;
    } else if (b.soort !== "leverancier") continue;
    if (!laagste || b.geleverd.aantal < laagste.aantal) laagste = b.geleverd;
  }
  return laagste;
}

/** A recorded decision still stands if its task has not been reopened since. */
function nogGeldig(a: Aanvraag, b: BesluitRegel): boolean {
  return b.taakId === null || a.afhandelingen[b.taakId]?.op === b.op;
}

function leverancierWeigerde(a: Aanvraag, faseNr: number): boolean {
  return a.besluiten.some(
    (b) => b.fase === faseNr && b.soort === "leverancier" && b.uitkomst === "afwijzen" && nogGeldig(a, b),
  );
}

function eisGeleverd(
  a: Aanvraag,
  faseNr: number,
  u: Uitkomst,
  geleverd: Geleverd | undefined,
): Geleverd | null {
  if (u !== "gedeeltelijk") return null;
  // A request has one granted quantity and one period (ADR 0601, F8): "2 of the 4 for the extra
  // days" cannot be recorded, and recording the extension in full would grant more than was agreed
  // (art. 57 lid 3 / 58 lid 2 Politiewet 2012: how is decided "in overeenstemming"). An extension is
  // granted or refused as asked; fewer for longer is a scale-down with an extension.
  const w = a.fasen[faseNr]?.wijziging;
  if (w?.soort === "verlengen" && w.nieuwAantal == null)
    throw fout(
      "ongeldige-uitkomst",
      "Een verlenging wordt volledig toegekend of afgewezen. Kan maar een deel langer blijven, wijs dan af; de aanvragende partij schaalt af en vraagt voor dat deel opnieuw verlenging aan.",
      { uitkomst: u },
    );
  if (!geleverd) throw fout("geleverd-vereist", "Bij een gedeeltelijk besluit hoort hoeveel wordt geleverd.");
  tekstNodig(geleverd.toelichting, "geleverd.toelichting");
  // "Part of what was asked" needs a number that was asked (on the urgent path the form may still lack it).
  if (a.fasen[faseNr]?.wijziging?.nieuwAantal == null && a.gegevens.gevraagd?.aantal == null)
    throw fout(
      "geleverd-vereist",
      "Het formulier noemt nog niet hoeveel er gevraagd is, dus gedeeltelijk leveren kan niet worden uitgedrukt. Laat de aanvragende partij het gevraagde aantal invullen, of besluit volledig of afwijzend.",
    );
  const gevraagd = gevraagdAantal(a, faseNr);
  if (gevraagd <= 1)
    throw fout(
      "geleverd-vereist",
      `Er is ${gevraagd} gevraagd; daarvan kan niet gedeeltelijk worden geleverd. Besluit volledig of afwijzend.`,
    );
  const max = Math.min(gevraagd - 1, plafond(a, faseNr)?.aantal ?? Number.POSITIVE_INFINITY);
  if (!Number.isInteger(geleverd.aantal) || geleverd.aantal < 1 || geleverd.aantal > max)
    throw fout(
      "geleverd-vereist",
      `Gedeeltelijk betekent 1 tot en met ${max} van de gevraagde ${gevraagd}; niet ${geleverd.aantal}.`,
    );
  return geleverd;
}

function gevraagdAantal(a: Aanvraag, faseNr: number): number {
  const w = a.fasen[faseNr]?.wijziging;
  if (w?.nieuwAantal != null) return w.nieuwAantal;
  return a.gegevens.gevraagd?.aantal ?? 1;
}

// ---------------------------------------------------------------- consequences

function openTakenIn(a: Aanvraag, fasen: number[], behalve: string): string[] {
  return a.taken
    .filter((t) => fasen.includes(t.fase) && t.status === "open" && t.id !== behalve)
    .map((t) => t.id);
}

const GEEN_GEVOLG: Gevolg = { heropend: [], vervallen: [], afgewezenFasen: [] };

/**
 * Tasks reopened when a check asks for more information: from the drafter's step (the last
 * `opstellen` of the requesting side before the check, else its first step) up to the check.
 */
function heropenVoor(a: Aanvraag, t: Taak): string[] {
  const fase = a.taken.filter((x) => x.fase === t.fase);
  const p = procedureVanFase(a.fasen[t.fase] as Fase);
  const eigen = new Set(aanvragendeRollen(p));
  const idx = fase.findIndex((x) => x.id === t.id);
  const voor = fase.slice(0, idx);
  let start = -1;
  for (let i = voor.length - 1; i >= 0; i--)
    if (voor[i]?.soort === "opstellen" && eigen.has(voor[i]?.eigenaar.rol as never)) {
      start = i;
      break;
    }
  if (start < 0)
    start = Math.max(
      0,
      voor.findIndex((x) => eigen.has(x.eigenaar.rol)),
    );
  return fase
    .slice(start, idx + 1)
    .filter((x) => x.status === "gereed" || x.id === t.id)
    .map((x) => x.id);
}

function gevolgVan(a: Aanvraag, t: Taak, u: Uitkomst | null): Gevolg {
  if (u === "meer-informatie") return { ...GEEN_GEVOLG, heropend: heropenVoor(a, t) };
  if (u === null || !NEGATIEF.has(u)) return GEEN_GEVOLG;
  const fase = a.fasen[t.fase] as Fase;
  const p = procedureVanFase(fase);
  const bs = besluitStap(p);
  // A supplier's refusal is followed by the deciding organisation's (negative) decision.
  if (t.commando === "Leveranciersbesluit" && bs && bs.id !== t.stapId) {
    const besluitTaak = a.taken.find((x) => x.fase === t.fase && x.stapId === bs.id);
    if (besluitTaak?.status === "open") return GEEN_GEVOLG;
  }
  const fasen = [t.fase];
  if (fase.aanleiding === "beroep" && fase.weigering === "afwijzen" && fase.betreftFase !== null)
    fasen.push(fase.betreftFase);
  return { heropend: [], vervallen: openTakenIn(a, fasen, t.id), afgewezenFasen: fasen };
}

// ---------------------------------------------------------------- decide

export function decide(cmd: AanvraagCommando, a: Aanvraag | null): AanvraagEvent[] {
  if (cmd.type === "ConceptAanmaken") {
    if (a) throw fout("bestaat-al", `Aanvraag ${cmd.aanvraagId} bestaat al (${a.referentienummer}).`);
    if (cmd.verwachteVersie !== 0)
      throw fout("versie-conflict", `Een nieuwe aanvraag heeft versie 0, niet ${cmd.verwachteVersie}.`, {
        huidigeVersie: 0,
      });
    return aanmaken(cmd);
  }
  if (!a || a.id !== cmd.aanvraagId) throw fout("bestaat-niet", `Aanvraag ${cmd.aanvraagId} bestaat niet.`);
  if (cmd.verwachteVersie !== a.versie)
    throw fout(
      "versie-conflict",
      `Aanvraag ${a.referentienummer} is intussen gewijzigd (versie ${a.versie}, u zag ${cmd.verwachteVersie}).`,
      { huidigeVersie: a.versie },
    );
  const afgelopen = a.status === "afgesloten" || a.status === "ingetrokken";
  if (cmd.type === "TermijnenBewaken") return afgelopen ? [] : bewaken(a, cmd);
  if (afgelopen && cmd.type !== "EvaluatieVastleggen")
    throw fout("afgesloten", `Aanvraag ${a.referentienummer} is ${a.status}.`);
  const b = basis(cmd);
  switch (cmd.type) {
    case "ConceptBijwerken": {
      const aanvragend = isAanvragendePartij(a, cmd.actor);
      eis(aanvragend || isLocc(cmd.actor), () =>
        fout("niet-betrokken", "Alleen de aanvragende partij kan het formulier wijzigen."),
      );
      const wijze = bewerkbaarheid(a);
      if (wijze === null) throw nietBewerkbaar(a);
      if (wijze === "formalisering") {
        // ADR 0603: the requesting side formalises its own request; the LOCC checks it.
        eis(aanvragend, () =>
          fout(
            "niet-betrokken",
            "Na de telefonische afspraak vult alleen de aanvragende partij het formulier aan; het LOCC toetst het.",
          ),
        );
      }
      const wijzigingen =
        cmd.wijzigingen.bijlagen !== undefined || cmd.bijlageToevoegen
          ? { ...cmd.wijzigingen, bijlagen: bijlagenNa(a, cmd) }
          : cmd.wijzigingen;
      controleerGegevens(wijzigingen);
      controleerKosten(procedureVan(a.procedureId), cmd.wijzigingen.kostenverwachting);
      controleerCapaciteitType(procedureVan(a.procedureId), cmd.wijzigingen.gevraagd);
      if (cmd.wijzigingen.plaats)
        eisGemeentenInGebied(
          procedureVan(a.procedureId),
          a.context.regioCode,
          cmd.wijzigingen.plaats.gemeenten,
          cmd.gemeenteRegios,
        );
      if (wijze === "formalisering") eisBinnenAfspraak(a, cmd);
      if (cmd.spoed === false && a.spoed) eisGeenSpoedOverslag(a);
      const oefening = eisOefeningBijwerken(a, cmd, wijze);
      const gezagNa = oefening ? null : (cmd.gezag ?? a.gezag);
      if (!oefening) eisOefeningGezag(procedureVan(a.procedureId), false, gezagNa);
      if (cmd.gezag) eisGezag(procedureVan(a.procedureId), cmd.gezag);
      if (gezagNa)
        eisPrimusInterPares(gezagNa, cmd.wijzigingen.plaats?.gemeenten ?? a.gegevens.plaats.gemeenten);
      return [
        {
          ...b,
          type: "ConceptBijgewerkt",
          wijzigingen,
          spoed: cmd.spoed ?? null,
          gezag: cmd.gezag ?? null,
          ...(cmd.oefening !== undefined && cmd.oefening !== a.oefening ? { oefening: cmd.oefening } : {}),
        },
      ];
    }
    case "StapAfronden": {
      const t = taakVoor(a, cmd, "StapAfronden");
      const stap = stapVanTaak(a, t);
      const fase = a.fasen[t.fase] as Fase;
      const eigen = aanvragendeRollen(procedureVanFase(fase));
      if (
        fase.aanleiding === "aanvraag" &&
        (stap.soort === "opstellen" || stap.soort === "indienen" || stap.soort === "formaliseren") &&
        eigen.includes(t.eigenaar.rol)
      )
        eisVolledig(a);
      const organisaties = eisOrganisaties(a, stap.aan, cmd.organisaties, t);
      return [
        {
          ...b,
          type: "StapAfgerond",
          taakId: t.id,
          toelichting: cmd.toelichting ?? null,
          organisaties,
          gevolg: GEEN_GEVOLG,
        },
      ];
    }
    case "StapOverslaan": {
      const t = a.taken.find((x) => x.id === cmd.taakId);
      if (!t)
        throw fout("onbekende-taak", `Taak ${cmd.taakId} bestaat niet in aanvraag ${a.referentienummer}.`);
      if (t.status !== "open") throw fout("al-afgehandeld", `Stap "${kort(t)}" is al ${t.status}.`);
      if (isGeenZienswijze(t)) return geenZienswijze(a, cmd, t, b);
      if (!t.magOverslaan) {
        const stap = stapVanTaak(a, t);
        throw fout(
          "niet-overslaanbaar",
          stap.overslaanBijSpoed
            ? `Stap "${kort(t)}" mag alleen in spoedeisende gevallen worden overgeslagen.`
            : `De procedure staat niet toe stap "${kort(t)}" over te slaan.`,
          { taakId: t.id },
        );
      }
      if (!magActeren(cmd.actor, t.eigenaar)) {
        if (!isAanvragendePartij(a, cmd.actor)) eisEigenaar(cmd.actor, t);
        eisOverslaanDoorAanvrager(a, t);
      }
      tekstNodig(cmd.reden, "reden");
      return [{ ...b, type: "StapOvergeslagen", taakId: t.id, reden: cmd.reden, gevolg: GEEN_GEVOLG }];
    }
    case "Ondertekenen": {
      const t = taakVoor(a, cmd, "Ondertekenen");
      if (a.fasen[t.fase]?.aanleiding === "aanvraag") eisVolledig(a);
      const venster = cmd.herauthenticatieMinuten ?? TERMIJNEN.herauthenticatieMinuten;
      if (!herauthenticatieGeldig(cmd.herauthenticatieOp, cmd.nu, venster))
        throw fout(
          "herauthenticatie-vereist",
          `Ondertekenen vraagt een nieuwe inlog van hoogstens ${venster} ${venster === 1 ? "minuut" : "minuten"} geleden.`,
        );
      if (cmd.inhoud !== teOndertekenenInhoud(a, t.fase))
        throw fout("inhoud-gewijzigd", "De aanvraag is gewijzigd sinds u de te ondertekenen inhoud opvroeg.");
      if (!/^[0-9a-f]{64}$/.test(cmd.inhoudHash))
        throw fout("ongeldige-hash", "inhoudHash moet een sha256 in hex zijn (64 tekens).");
      if (cmd.namens) {
        tekstNodig(cmd.namens.naam, "namens.naam");
        tekstNodig(cmd.namens.functie, "namens.functie");
      }
      return [
        {
          ...b,
          type: "Ondertekend",
          taakId: t.id,
          organisatieId: cmd.actor.organisatieId,
          namens: cmd.namens ?? null,
          herauthenticatieOp: cmd.herauthenticatieOp.toISOString(),
          inhoudHash: cmd.inhoudHash,
          gevolg: GEEN_GEVOLG,
        },
      ];
    }
    case "ZienswijzeGeven": {
      const t = taakVoor(a, cmd, "ZienswijzeGeven");
      tekstNodig(cmd.zienswijze, "zienswijze");
      return [
        { ...b, type: "ZienswijzeGegeven", taakId: t.id, zienswijze: cmd.zienswijze, gevolg: GEEN_GEVOLG },
      ];
    }
    case "Toetsen": {
      const t = taakVoor(a, cmd, "Toetsen");
      eisUitkomst(t, cmd.uitkomst);
      if (!POSITIEF.has(cmd.uitkomst)) eisRedenen(cmd.redenen, "Een afwijzing of vraag om meer informatie");
      return [
        {
          ...b,
          type: "Getoetst",
          taakId: t.id,
          uitkomst: cmd.uitkomst,
          redenen: cmd.redenen,
          gevolg: gevolgVan(a, t, cmd.uitkomst),
        },
      ];
    }
    case "Leveranciersbesluit": {
      const t = taakVoor(a, cmd, "Leveranciersbesluit");
      eisUitkomst(t, cmd.uitkomst);
      if (cmd.uitkomst !== "volledig") eisRedenen(cmd.redenen, "Een gedeeltelijk of afwijzend besluit");
      const geleverd = eisGeleverd(a, t.fase, cmd.uitkomst, cmd.geleverd);
      if (cmd.uitkomst === "volledig") eisNietRuimer(a, t.fase);
      if (cmd.uitkomst === "gedeeltelijk") eisKorpschefWeigerdeDeels(a, t);
      const stap = stapVanTaak(a, t);
      const organisaties =
        cmd.uitkomst === "afwijzen" && !cmd.organisaties?.length
          ? []
          : eisOrganisaties(a, stap.aan, cmd.organisaties, t);
      return [
        {
          ...b,
          type: "LeveranciersbesluitGenomen",
          taakId: t.id,
          uitkomst: cmd.uitkomst,
          redenen: cmd.redenen,
          geleverd,
          organisaties,
          gevolg: gevolgVan(a, t, cmd.uitkomst),
        },
      ];
    }
    case "Besluiten": {
      const t = taakVoor(a, cmd, "Besluiten");
      eisUitkomst(t, cmd.uitkomst);
      if (!POSITIEF.has(cmd.uitkomst)) eisRedenen(cmd.redenen, "Een gedeeltelijk of afwijzend besluit");
      if (POSITIEF.has(cmd.uitkomst)) eisNietRuimer(a, t.fase);
      if (cmd.uitkomst === "gedeeltelijk" && leverancierWeigerde(a, t.fase))
        throw fout(
          "besluit-ruimer-dan-leverancier",
          "De leverancier heeft afgewezen; het besluit kan alleen afwijzen.",
        );
      const geleverd = eisGeleverd(a, t.fase, cmd.uitkomst, cmd.geleverd);
      return [
        {
          ...b,
          type: "BesluitGenomen",
          taakId: t.id,
          uitkomst: cmd.uitkomst,
          redenen: cmd.redenen,
          geleverd,
          namens: procedureVanFase(a.fasen[t.fase] as Fase).besluit.namens,
          gevolg: gevolgVan(a, t, cmd.uitkomst),
        },
      ];
    }
    case "KorpschefWeigeren":
      return weigeren(a, cmd, b);
    case "BeroepInstellen": {
      const t = taakVoor(a, cmd, "BeroepInstellen");
      tekstNodig(cmd.toelichting, "toelichting");
      return [
        { ...b, type: "BeroepIngesteld", taakId: t.id, toelichting: cmd.toelichting, gevolg: GEEN_GEVOLG },
      ];
    }
    case "AdviesGeven": {
      const t = taakVoor(a, cmd, "AdviesGeven");
      tekstNodig(cmd.advies, "advies");
      return [{ ...b, type: "AdviesGegeven", taakId: t.id, advies: cmd.advies, gevolg: GEEN_GEVOLG }];
    }
    case "AanwijzingGeven": {
      const t = taakVoor(a, cmd, "AanwijzingGeven");
      eisUitkomst(t, cmd.uitkomst);
      if (cmd.uitkomst === "goedkeuren") tekstNodig(cmd.aanwijzing, "aanwijzing");
      else eisRedenen(cmd.redenen, "Het niet geven van een aanwijzing");
      return [
        {
          ...b,
          type: "AanwijzingGegeven",
          taakId: t.id,
          uitkomst: cmd.uitkomst,
          aanwijzing: cmd.aanwijzing,
          redenen: cmd.redenen,
          gevolg: gevolgVan(a, t, cmd.uitkomst),
        },
      ];
    }
    case "TelefonischContactVastleggen": {
      eis(isDeelnemer(a, cmd.actor), () =>
        fout("niet-betrokken", "Alleen wie bij de aanvraag betrokken is, legt telefonisch contact vast."),
      );
      tekstNodig(cmd.afspraken, "afspraken");
      tekstNodig(cmd.van.naam, "van.naam");
      tekstNodig(cmd.aan.naam, "aan.naam");
      eisGesprekspartners(a, cmd);
      if (cmd.op.getTime() > cmd.nu.getTime())
        throw fout("ongeldige-invoer", "Het tijdstip van het gesprek ligt in de toekomst.", { veld: "op" });
      const fase = faseVanGesprek(a, cmd);
      for (const id of cmd.taakIds) {
        const t = a.taken.find((x) => x.id === id);
        if (!t) throw fout("onbekende-taak", `Taak ${id} bestaat niet in aanvraag ${a.referentienummer}.`);
        const stap = stapVanTaak(a, t);
        if (!(stap.soort === "contact" || stap.soort === "vooroverleg" || stap.middel === "telefoon"))
          throw fout("verkeerd-commando", `Stap "${kort(t)}" gaat niet per telefoon (${stap.middel}).`, {
            taakId: t.id,
          });
        if (!isLocc(cmd.actor)) eisEigenaar(cmd.actor, t);
        if (t.status !== "open") throw fout("al-afgehandeld", `Stap "${kort(t)}" is al ${t.status}.`);
        if (!t.beschikbaar)
          throw fout("verkeerde-volgorde", `Stap "${kort(t)}" kan nog niet: eerst ${t.wachtOp.join(", ")}.`, {
            taakId: t.id,
          });
      }
      return [
        {
          ...b,
          type: "TelefonischContactVastgelegd",
          van: cmd.van,
          aan: cmd.aan,
          gebeld: cmd.op.toISOString(),
          afspraken: cmd.afspraken,
          taakIds: [...cmd.taakIds],
          fase,
        },
      ];
    }
    case "InzetStarten": {
      eisInzetPartij(a, cmd.actor, "start de inzet");
      if (a.inzet.gestartOp)
        throw fout("inzet-al-gestart", `De inzet is al gestart op ${a.inzet.gestartOp}.`);
      const f0 = a.fasen[0] as Fase;
      const toegekend = f0.uitkomst === "toegekend" || f0.uitkomst === "gedeeltelijk";
      // Also on the urgent path the deployment follows the decision: the phone call replaces the
      // paper, not the decision (art. 57 lid 2/3 and 58 lid 2 Politiewet 2012; factsheets "in
      // spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling
      // later geformaliseerd"; ADR 0602, review F3). The deciders record by phone what they decided.
      if (!toegekend) {
        if (f0.uitkomst === "afgewezen") throw fout("inzet-zonder-besluit", "De aanvraag is afgewezen.");
        throw fout(
          "inzet-zonder-besluit",
          a.spoed
            ? "Nog geen besluit. Ook bij spoed start de inzet pas na het besluit: dat mag telefonisch worden genomen en wordt dan door de beslissende partij hier vastgelegd; alleen de schriftelijke afhandeling volgt later (art. 57 en 58 Politiewet 2012)."
            : "Nog geen besluit; de inzet start na het besluit.",
        );
      }
      eisVoorInzet(a);
      const voorFormalisering = formaliseringOpen(a);
      return [
        {
          ...b,
          type: "InzetGestart",
          voorFormalisering,
          formaliserenUiterlijk:
            a.spoed && voorFormalisering
              ? new Date(cmd.nu.getTime() + TERMIJNEN.formaliserenUren * 3_600_000).toISOString()
              : null,
        },
      ];
    }
    case "WijzigingAanvragen": {
      eis(isAanvragendePartij(a, cmd.actor), () =>
        fout("niet-betrokken", "Alleen de aanvragende partij vraagt een wijziging aan."),
      );
      const w = cmd.wijziging;
      // Less is decided by the one who asked, at once (no new phase); more or longer runs the
      // procedure again, where the authority files the change itself. Who first, then whether:
      // the page's offer (toegestaneHandelingen, "Afschalen") asks this trial in any state.
      if (w.soort === "afschalen") eisVerzoeker(a, cmd.actor, "schaalt af");
      const f0 = a.fasen[0] as Fase;
      if (!(f0.uitkomst === "toegekend" || f0.uitkomst === "gedeeltelijk") || a.inzet.gedemobiliseerdOp)
        throw fout(
          "wijziging-niet-mogelijk",
          `Wijzigen kan alleen bij een toegekende, lopende aanvraag (nu ${a.status}).`,
        );
      if (a.fasen.some((f) => f.aanleiding === "wijziging" && f.uitkomst === null))
        throw fout("wijziging-niet-mogelijk", "Er loopt al een wijziging; wacht het besluit daarover af.");
      tekstNodig(w.reden, "wijziging.reden");
      if (w.spoed && w.soort === "afschalen")
        throw fout(
          "ongeldige-invoer",
          "Afschalen gaat direct in en vraagt geen nieuw besluit; spoed geldt alleen voor verlengen of opschalen.",
          { veld: "wijziging.spoed" },
        );
      const huidig = a.toegekendAantal ?? 0;
      // Granted in full while the form named no number yet (urgent path): more or less than what?
      if (w.soort !== "verlengen" && a.toegekendAantal === null)
        throw fout(
          "wijziging-niet-mogelijk",
          "Het toegekende aantal is nog niet bekend: vul eerst op het formulier in hoeveel er gevraagd is (formalisering); daarna kan worden op- of afgeschaald.",
          { veld: "wijziging.nieuwAantal" },
        );
      if (w.soort === "verlengen") {
        const tot = a.gegevens.periode?.tot ?? null;
        if (tot === null)
          throw fout("wijziging-niet-mogelijk", "De periode heeft een open einde; verlengen is niet nodig.");
        if (!w.nieuwTot || !(Date.parse(w.nieuwTot) > Date.parse(tot)))
          throw fout("ongeldige-invoer", `Het nieuwe einde moet na ${tot} liggen.`, {
            veld: "wijziging.nieuwTot",
          });
      } else if (w.soort === "opschalen") {
        if (!Number.isInteger(w.nieuwAantal) || (w.nieuwAantal ?? 0) <= huidig)
          throw fout("ongeldige-invoer", `Opschalen betekent meer dan de toegekende ${huidig}.`, {
            veld: "wijziging.nieuwAantal",
          });
      } else if (
        !Number.isInteger(w.nieuwAantal) ||
        (w.nieuwAantal ?? 0) < 1 ||
        (w.nieuwAantal ?? 0) >= huidig
      )
        throw fout("ongeldige-invoer", `Afschalen betekent 1 tot de toegekende ${huidig}.`, {
          veld: "wijziging.nieuwAantal",
        });
      return [
        {
          ...b,
          type: "WijzigingAangevraagd",
          wijziging: {
            soort: w.soort,
            nieuwTot: w.nieuwTot ?? null,
            nieuwAantal: w.nieuwAantal ?? null,
            reden: w.reden,
            // Its own statement of urgency (ADR 0608); absent when not urgent.
            ...(w.spoed ? { spoed: true as const } : {}),
          },
          nieuweFase: w.soort === "afschalen" ? null : a.fasen.length,
        },
      ];
    }
    case "Demobiliseren": {
      eisInzetPartij(a, cmd.actor, "demobiliseert");
      if (!a.inzet.gestartOp || a.inzet.gedemobiliseerdOp)
        throw fout(
          "geen-inzet",
          a.inzet.gedemobiliseerdOp ? "Al gedemobiliseerd." : "Er is geen inzet gestart.",
        );
      return [{ ...b, type: "Gedemobiliseerd" }];
    }
    case "Afsluiten":
      return afsluiten(a, cmd, b);
    case "EvaluatieVastleggen": {
      eis(isDeelnemer(a, cmd.actor), () =>
        fout("niet-betrokken", "U bent niet bij deze aanvraag betrokken."),
      );
      tekstNodig(cmd.notitie, "notitie");
      return [{ ...b, type: "EvaluatieVastgelegd", notitie: cmd.notitie }];
    }
    case "Intrekken": {
      eis(isAanvragendePartij(a, cmd.actor), () =>
        fout("niet-betrokken", "Alleen de aanvragende partij trekt in."),
      );
      eisVerzoeker(a, cmd.actor, "trekt de aanvraag in");
      if (a.inzet.gestartOp && !a.inzet.gedemobiliseerdOp)
        throw fout("inzet-al-gestart", "De inzet loopt; demobiliseer eerst.");
      tekstNodig(cmd.reden, "reden");
      return [
        {
          ...b,
          type: "Ingetrokken",
          reden: cmd.reden,
          vervallen: a.taken.filter((t) => t.status === "open").map((t) => t.id),
        },
      ];
    }
  }
}

/**
 * Steps that must be resolved before a granted request's deployment starts, where the phase is
 * granted before them. TIN (LCP-EGT § 6.2.2, ADR 0100 reading 27): the CBB's judgement grants, but
 * "op grond van dit verzoek start Defensie met de voorbereiding van een operationele inzet", and
 * where several places need it the Crisisberaad Opschaling BB "beoordeelt" the plan before the
 * capacity is deployed. Done (`gereed`) or, for a step with a condition, skipped by its owner
 * because the condition did not hold.
 */
const VOOR_INZET: Partial<Record<ProcedureId, readonly string[]>> = {
  "lcp-egt-tin-bewaken-beveiligen": ["voorbereiding-defensie", "crisisberaad"],
};

function eisVoorInzet(a: Aanvraag): void {
  const stappen = VOOR_INZET[a.procedureId as ProcedureId] ?? [];
  const open = a.taken.filter((t) => {
    if (t.fase !== 0 || !stappen.includes(kort(t))) return false;
    if (t.status === "gereed") return false;
    return !(t.status === "overgeslagen" && stapVanTaak(a, t).voorwaarde !== null);
  });
  if (open.length > 0)
    throw fout(
      "inzet-zonder-besluit",
      `De inzet start pas na ${open.map((t) => `"${kort(t)}" (${rolNaam(t.eigenaar.rol)})`).join(" en ")} (LCP-EGT § 6.2.2: Defensie bereidt de inzet voor; bij behoefte op meerdere plekken beoordeelt het Crisisberaad Opschaling BB de verdeling).`,
      { wachtOp: open.map((t) => t.id) },
    );
}

const BESLISSENDE_COMMANDOS = new Set<CommandoSoort>([
  "Leveranciersbesluit",
  "Besluiten",
  "Toetsen",
  "AanwijzingGeven",
  "KorpschefWeigeren",
]);

/**
 * The requesting side may skip another organisation's step only where the skip is its own call:
 * an optional pre-consultation it does not hold (fb toelichting 7 and 9: "kan worden overgeslagen")
 * or, on an urgent request, the zienswijze it does not wait for (art. 56 lid 3 Politiewet 2012).
 * Whether a step's condition holds is stated by the step's owner: the supplying region "stemt … af
 * of ze deze ondersteuning kunnen leveren" (fb toelichting 1), the korpschef informs LE-POB "teneinde
 * het besluit daadwerkelijk uit te voeren" (fp toelichting 9). The phase's decision and every step
 * that decides, checks or supplies are never the requesting side's to skip (review F9).
 */
function eisOverslaanDoorAanvrager(a: Aanvraag, t: Taak): void {
  const stap = stapVanTaak(a, t);
  const bs = besluitStap(procedureVanFase(a.fasen[t.fase] as Fase));
  const beslissend = bs?.id === stap.id || BESLISSENDE_COMMANDOS.has(t.commando);
  const eigenKeuze = stap.optioneel || (stap.overslaanBijSpoed && spoedInFase(a, a.fasen[t.fase] as Fase));
  if (beslissend || !eigenKeuze)
    throw fout(
      "verkeerde-rol",
      beslissend
        ? `Stap "${kort(t)}" beslist voor ${rolNaam(t.eigenaar.rol)}; alleen die kan hem overslaan, niet de aanvragende partij.`
        : `Of de voorwaarde van stap "${kort(t)}" geldt, stelt ${rolNaam(t.eigenaar.rol)} vast; alleen die kan hem overslaan.`,
      { taakId: t.id, rol: t.eigenaar.rol },
    );
}

/** A zienswijze that is not skippable on its own (not urgent): StapOverslaan records its absence. */
const isGeenZienswijze = (t: Taak) => !t.magOverslaan && t.soort === "zienswijze";

/**
 * Art. 56 lid 3 Politiewet 2012: "Behoudens in spoedeisende gevallen wordt het verzoek … niet gedaan
 * dan nadat de regioburgemeester in de gelegenheid is gesteld zijn zienswijze … te geven." The law
 * asks for the opportunity, not for an answer: once the zienswijze task was available to him and its
 * due time passed (he was told of the task, and reminded at the due time), the requesting side may
 * record "geen zienswijze ontvangen", with who, why and the due time that passed. Before that, or by
 * anyone else, the step cannot be skipped on a request that is not urgent (review F12.b, ADR 0607).
 */
function geenZienswijze(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "StapOverslaan" },
  t: Taak,
  b: ReturnType<typeof basis>,
): AanvraagEvent[] {
  if (!t.beschikbaar || t.uiterlijk === null)
    throw fout(
      "niet-overslaanbaar",
      `De ${rolNaam(t.eigenaar.rol).toLowerCase()} is nog niet in de gelegenheid gesteld zijn zienswijze te geven; eerst ${t.wachtOp.join(", ") || "de eerdere stappen"}.`,
      { taakId: t.id, wachtOp: t.wachtOp },
    );
  if (cmd.nu.toISOString() <= t.uiterlijk)
    throw fout(
      "niet-overslaanbaar",
      `De zienswijze van de ${rolNaam(t.eigenaar.rol).toLowerCase()} is gevraagd tot ${t.uiterlijk}. Behoudens spoed wordt het verzoek niet gedaan voordat hij in de gelegenheid is gesteld zijn zienswijze te geven (art. 56 lid 3 Politiewet 2012); na die termijn kan de aanvragende partij vastleggen dat er geen zienswijze is ontvangen.`,
      { taakId: t.id, uiterlijk: t.uiterlijk },
    );
  if (!isAanvragendePartij(a, cmd.actor))
    throw fout(
      "verkeerde-rol",
      "Dat er geen zienswijze is ontvangen, legt de aanvragende partij vast (de regioburgemeester geeft zijn zienswijze zelf).",
      { taakId: t.id },
    );
  tekstNodig(cmd.reden, "reden");
  return [
    {
      ...b,
      type: "StapOvergeslagen",
      taakId: t.id,
      reden: `Geen zienswijze ontvangen binnen de termijn (uiterlijk ${t.uiterlijk}): ${cmd.reden}`,
      termijnVerstreken: t.uiterlijk,
      gevolg: GEEN_GEVOLG,
    },
  ];
}

/**
 * Art. 56 lid 3 Politiewet 2012: "Behoudens in spoedeisende gevallen wordt het verzoek … niet gedaan
 * dan nadat de regioburgemeester in de gelegenheid is gesteld zijn zienswijze … te geven." A step
 * skipped only because the request was urgent (`overslaanBijSpoed`, not optional, no condition)
 * rests on that urgency: the request cannot stop being urgent afterwards (review F5).
 */
function eisGeenSpoedOverslag(a: Aanvraag): void {
  const wegensSpoed = a.taken.filter((t) => {
    if (t.status !== "overgeslagen") return false;
    // Only the request's own urgency is withdrawn here; a change states its own (ADR 0608).
    const f = a.fasen[t.fase];
    const betreft = f?.aanleiding === "beroep" && f.betreftFase !== null ? a.fasen[f.betreftFase] : f;
    if (betreft?.aanleiding === "wijziging") return false;
    const st = stapVanTaak(a, t);
    // Recorded as "geen zienswijze ontvangen" after its due time: not a skip on the ground of urgency.
    if (t.afhandeling?.termijnVerstreken) return false;
    return st.overslaanBijSpoed && !st.optioneel && st.voorwaarde === null;
  });
  if (wegensSpoed.length > 0)
    throw fout(
      "niet-bewerkbaar",
      `Stap ${wegensSpoed.map((t) => `"${kort(t)}"`).join(", ")} is overgeslagen omdat de aanvraag spoedeisend is (art. 56 lid 3 Politiewet 2012); de spoed kan daarna niet worden ingetrokken. Trek de aanvraag in en dien haar opnieuw in zonder spoed.`,
      { veld: "spoed", taken: wegensSpoed.map((t) => t.id) },
    );
}

/**
 * The phase a phone call concerns: each urgent phase has its own call (ADR 0608). Named in the
 * command, else the phase of the steps it did, else the latest request or change not yet decided.
 */
function faseVanGesprek(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "TelefonischContactVastleggen" },
): number {
  const vanTaken = new Set(
    cmd.taakIds.map((id) => a.taken.find((t) => t.id === id)?.fase).filter((x) => x !== undefined),
  );
  if (vanTaken.size > 1)
    throw fout("ongeldige-invoer", "Een gesprek gaat over één fase: de aanvraag zelf of één wijziging.", {
      veld: "taakIds",
    });
  const [uitTaken] = [...vanTaken];
  if (cmd.fase !== undefined) {
    if (!Number.isInteger(cmd.fase) || !a.fasen[cmd.fase])
      throw fout("ongeldige-invoer", `Fase ${cmd.fase} bestaat niet in deze aanvraag.`, { veld: "fase" });
    if (uitTaken !== undefined && uitTaken !== cmd.fase)
      throw fout(
        "ongeldige-invoer",
        `De stappen van dit gesprek horen bij fase ${uitTaken}, niet ${cmd.fase}.`,
        {
          veld: "fase",
        },
      );
    return cmd.fase;
  }
  if (uitTaken !== undefined) return uitTaken;
  const open = [...a.fasen].reverse().find((f) => f.uitkomst === null && f.aanleiding !== "beroep");
  return open?.nr ?? 0;
}

/** Start and end of the deployment: requesting side, LOCC, deciders and suppliers (magInzetVastleggen). */
function eisInzetPartij(a: Aanvraag, g: Gebruiker, wat: string): void {
  if (magInzetVastleggen(a, g)) return;
  if (!isDeelnemer(a, g)) throw fout("niet-betrokken", "U bent niet bij deze aanvraag betrokken.");
  throw fout(
    "niet-betrokken",
    `Wie ${wat}: de aanvragende partij (het gezag bepaalt of bijstand wenselijk is, factsheet politie, toelichting 3, 4, 7 en 8), het LOCC, of een organisatie die over de bijstand besliste of haar levert. ${rolNaam(g.rollen[0] ?? "")} adviseert of deed een andere stap, en legt de inzet niet vast.`,
  );
}

/** Withdrawing and scaling down are the requester's own acts (isVerzoeker; review F12.d, ADR 0605). */
function eisVerzoeker(a: Aanvraag, g: Gebruiker, wat: string): void {
  if (isVerzoeker(a, g)) return;
  const p = procedureVan(a.procedureId);
  // An exercise has no gezag (ADR 0621): who may file it does it.
  const wie = a.gezag ? [a.gezag.rol] : p.magIndienen.rollen;
  const namen = wie.map(rolNaam).join(" of ");
  throw fout(
    "verkeerde-rol",
    `Bij deze aanvraag ${wat} alleen wie haar doet (${namen}); u stelt haar op maar doet haar niet: "${p.magIndienen.toelichting}" (factsheet ${p.factsheet}, toelichting ${p.sectie}). Stel het ${namen.toLowerCase()} voor.`,
    { rol: wie[0] ?? null },
  );
}

/** The only procedure whose source names exercises: the water cannon (fp toelichting 2). */
export const OEFENING_PROCEDURE: ProcedureId = "politie-2-waterwerper";
const OEFENING_BRON =
  'factsheet politie, toelichting 2: "Voor inzet van een waterwerper (ook bij oefeningen) neemt RCCB contact op met het LOCC … Bij een daadwerkelijke inzet moet uit het aanvraagformulier blijken wie het bevoegd gezag is. Bij een oefening is dat niet nodig."';

/**
 * An exercise is a water-cannon request without gezag; everything else is an actual deployment
 * and names its gezag as before (fp toelichting 2, ADR 0621).
 */
function eisOefeningGezag(p: Procedure, oefening: boolean, gezag: Gezag | null | undefined): void {
  if (oefening) {
    if (p.id !== OEFENING_PROCEDURE)
      throw fout(
        "ongeldige-invoer",
        `oefening: alleen een aanvraag voor een waterwerper (${OEFENING_PROCEDURE}) kan een oefening zijn; bij ${p.id} noemt de bron geen oefeningen (${OEFENING_BRON}).`,
        { veld: "oefening" },
      );
    if (gezag)
      throw fout(
        "ongeldige-invoer",
        `gezag: een oefening heeft geen bevoegd gezag (${OEFENING_BRON}). Laat het gezag weg, of maak er een daadwerkelijke inzet van (oefening: false).`,
        { veld: "gezag" },
      );
    return;
  }
  if (!gezag)
    throw fout(
      "ongeldige-invoer",
      p.id === OEFENING_PROCEDURE
        ? `gezag: bij een daadwerkelijke inzet moet uit het aanvraagformulier blijken wie het bevoegd gezag is (${OEFENING_BRON}). Noem het gezag, of vink aan dat het een oefening is.`
        : `gezag: noem het bevoegd gezag (${gezagRollen(p).map(rolNaam).join(" of ")}); ${p.gezag.toelichting}`,
      { veld: "gezag" },
    );
}

/**
 * Whether the draft is an exercise after this change. Marking it changes only while a draft: the
 * form filed (or agreed by phone on the urgent path) says which it is (ADR 0621).
 */
function eisOefeningBijwerken(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "ConceptBijwerken" },
  wijze: "concept" | "formalisering",
): boolean {
  const p = procedureVan(a.procedureId);
  if (cmd.oefening === undefined || cmd.oefening === a.oefening) {
    if (a.oefening && cmd.gezag) eisOefeningGezag(p, true, cmd.gezag);
    return a.oefening;
  }
  if (wijze !== "concept" || a.status !== "concept")
    throw fout(
      "niet-bewerkbaar",
      `Of dit een oefening is, ligt vast sinds het formulier is ingediend (of telefonisch afgesproken); het LOCC toetste de aanvraag zo (ADR 0621). ${a.oefening ? "Een daadwerkelijke inzet" : "Een oefening"} is een nieuwe aanvraag.`,
      { veld: "oefening" },
    );
  eisOefeningGezag(p, cmd.oefening, cmd.oefening ? cmd.gezag : (cmd.gezag ?? null));
  return cmd.oefening;
}

function eisGezag(p: Procedure, gezag: { rol: string; naam: string }): void {
  if (!(gezagRollen(p) as string[]).includes(gezag.rol))
    throw fout(
      "ongeldig-gezag",
      `Bij ${p.id} is het gezag ${gezagRollen(p).map(rolNaam).join(" of ")}, niet ${rolNaam(gezag.rol)}.`,
    );
  tekstNodig(gezag.naam, "gezag.naam");
}

/**
 * "Indien de noodzakelijke bijstand vooraf niet aan een specifieke locatie (gemeente) te koppelen
 * is, kan de regioburgemeester … als primus inter pares … het verzoek doen" (fp toelichting 3 and
 * 4; ADR 0100 reading 6). A form naming exactly one municipality ties the need to it: that mayor
 * asks and signs ("ondertekend door of namens de burgemeester"). No municipality yet (a draft) or
 * several stay possible.
 */
function eisPrimusInterPares(gezag: { rol: string }, gemeenten: readonly string[]): void {
  if (gezag.rol === "regioburgemeester" && gemeenten.length === 1)
    throw fout(
      "ongeldig-gezag",
      `De bijstand is gekoppeld aan één gemeente (${gemeenten[0]}); dan vraagt de burgemeester van die gemeente, niet de regioburgemeester als primus inter pares (factsheet politie, toelichting 3 en 4).`,
      { veld: "gezag.rol" },
    );
}

function eisVolledig(a: Aanvraag): void {
  const p = procedureVan(a.procedureId);
  const m = ontbrekendeVelden(a, p);
  // A draft stored before the cost check (F11) may hold an expectation that does not fit.
  try {
    controleerKosten(p, a.gegevens.kostenverwachting);
  } catch {
    m.push("kostenverwachting (past niet bij de kostenregeling van de procedure)");
  }
  // Likewise a draft stored before the capacity type had to fit the procedure (ADR 0620).
  if (
    a.gegevens.gevraagd &&
    !capaciteitTypePast(p, a.gegevens.gevraagd.capaciteitType) &&
    isCapaciteitType(a.gegevens.gevraagd.capaciteitType)
  )
    m.push("gevraagd.capaciteitType (hoort niet bij deze procedure)");
  if (m.length > 0)
    throw fout("formulier-onvolledig", `Het aanvraagformulier mist nog: ${m.join("; ")}.`, { ontbreekt: m });
}

function eisNietRuimer(a: Aanvraag, faseNr: number): void {
  if (leverancierWeigerde(a, faseNr))
    throw fout(
      "besluit-ruimer-dan-leverancier",
      "De leverancier heeft afgewezen; het besluit kan niet toekennen.",
    );
  const p = plafond(a, faseNr);
  if (p)
    throw fout(
      "besluit-ruimer-dan-leverancier",
      `Eerder is slechts ${p.aantal} toegezegd (${p.toelichting}); volledig toekennen kan niet, besluit gedeeltelijk.`,
    );
}

const ANDERE_REGIOS = new Set(VEILIGHEIDSREGIOS.map(([c]) => vrId(c)));
const LEVERENDE_RCCBS = new Set([...POLITIE_EENHEDEN.map(([c]) => rccbId(c)), "politie-le-rccb"]);

/**
 * `organisaties` is required where the step's recipients are other regions or supplying units, and
 * names only those: another safety region (`andere-regio`), the RCCB of another police unit
 * (`leverende-eenheden`). They become recipients, owners and readers of the request (ADR 0609).
 */
function eisOrganisaties(
  a: Aanvraag,
  aan: readonly { relatie: string }[],
  organisaties: string[] | undefined,
  t: Taak,
): string[] {
  const regios = aan.some((x) => x.relatie === "andere-regio");
  const eenheden = aan.some((x) => x.relatie === "leverende-eenheden");
  const ongeldig = (melding: string) =>
    fout("ongeldige-invoer", `organisaties: ${melding}`, {
      veld: "organisaties",
      velden: [{ veld: "organisaties", melding }],
    });
  if (!regios && !eenheden) {
    if (organisaties && organisaties.length > 0)
      throw ongeldig(
        `stap "${kort(t)}" gaat niet naar andere regio's of leverende eenheden; laat dit veld weg.`,
      );
    return [];
  }
  if (!organisaties || organisaties.length === 0)
    throw fout(
      "organisaties-vereist",
      `Geef bij stap "${kort(t)}" aan welke organisaties (regio's of leverende eenheden) het betreft.`,
    );
  for (const o of organisaties) {
    const regio = regios && ANDERE_REGIOS.has(o) && o !== a.context.veiligheidsregioId;
    const eenheid = eenheden && LEVERENDE_RCCBS.has(o) && o !== a.context.rccbId;
    if (!regio && !eenheid)
      throw ongeldig(
        regios
          ? `"${o}" is geen andere veiligheidsregio dan ${a.context.regioCode} (bijvoorbeeld vr14).`
          : `"${o}" is niet het RCCB van een andere politie-eenheid dan die van de aanvraag (bijvoorbeeld politie-re05-rccb).`,
      );
  }
  return [...new Set(organisaties)];
}

/**
 * A phone contact names who called whom. Both must be parties the procedure names in this request
 * (procedurePartijen), in a role it gives them, and the one recording it took part in the call
 * (the LOCC, which keeps the national overview, may record any call between the parties). What it
 * names is shown on the timeline and the PDF, makes the request visible to both and puts a message
 * in the callee's inbox (security review F2, ADR 0609).
 */
function eisGesprekspartners(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "TelefonischContactVastleggen" },
): void {
  const partijen = procedurePartijen(a);
  for (const kant of ["van", "aan"] as const) {
    const p = cmd[kant];
    const melding = (m: string) =>
      fout("ongeldige-invoer", `${kant}.organisatieId: ${m}`, {
        veld: `${kant}.organisatieId`,
        velden: [{ veld: `${kant}.organisatieId`, melding: m }],
      });
    const rollen = partijen.get(p.organisatieId);
    if (!rollen)
      throw melding(
        `${p.organisatieId} heeft geen rol in deze aanvraag; leg alleen gesprekken vast met partijen die de procedure noemt (${[...partijen.keys()].join(", ")}).`,
      );
    const eigen =
      p.organisatieId === cmd.actor.organisatieId && p.rol !== null && cmd.actor.rollen.includes(p.rol);
    if (p.rol !== null && !rollen.has(p.rol) && !eigen)
      throw fout(
        "ongeldige-invoer",
        `${kant}.rol: ${rolNaam(p.rol)} heeft bij ${p.organisatieId} geen rol in deze aanvraag.`,
        { veld: `${kant}.rol` },
      );
  }
  if (
    !isLocc(cmd.actor) &&
    cmd.van.organisatieId !== cmd.actor.organisatieId &&
    cmd.aan.organisatieId !== cmd.actor.organisatieId
  )
    throw fout(
      "ongeldige-invoer",
      `van.organisatieId: u legt een gesprek vast waaraan uw organisatie (${cmd.actor.organisatieId}) deelnam, als beller of als gebelde.`,
      { veld: "van.organisatieId" },
    );
}

/**
 * The attachment list after a form change. What the form lists is signed (teOndertekenenInhoud),
 * so its metadata is the server's: an entry comes only from an upload (`bijlageToevoegen`, set by
 * the upload route from the stored bytes); the client's list may keep or drop entries by id, and
 * any field it repeats must match (security review F3, ADR 0610).
 */
function bijlagenNa(a: Aanvraag, cmd: AanvraagCommando & { type: "ConceptBijwerken" }): Bijlage[] {
  const huidig = new Map(a.gegevens.bijlagen.map((b) => [b.id, b]));
  const uit: Bijlage[] = [];
  const ongeldig = (melding: string, id: string) =>
    fout("ongeldige-bijlage", `bijlagen: ${melding}`, {
      veld: "bijlagen",
      bijlage: id,
      velden: [{ veld: "bijlagen", melding }],
    });
  for (const b of (cmd.wijzigingen.bijlagen ?? a.gegevens.bijlagen) as Partial<Bijlage>[]) {
    const id = String(b.id ?? "");
    const h = huidig.get(id);
    if (!h)
      throw ongeldig(
        `bijlage ${id} staat niet op het formulier; een bijlage komt erop door haar te uploaden.`,
        id,
      );
    const anders = (["naam", "mediatype", "grootteBytes", "sha256"] as const).filter(
      (k) => b[k] !== undefined && b[k] !== h[k],
    );
    if (anders.length > 0)
      throw ongeldig(
        `van bijlage "${h.naam}" bepaalt de server ${anders.join(", ")} bij het uploaden; die zijn niet te wijzigen.`,
        id,
      );
    if (uit.some((x) => x.id === id)) throw ongeldig(`bijlage "${h.naam}" staat twee keer in de lijst.`, id);
    uit.push(h);
  }
  if (cmd.bijlageToevoegen) uit.push(cmd.bijlageToevoegen);
  return uit;
}

/**
 * How the form may be edited now (ADR 0603): `concept` — a draft, or after a request for more
 * information, until it is signed: every field; `formalisering` — on the urgent path, while the
 * written formalisation is open and the form is neither signed nor filed: the form's data, but not
 * what was agreed by phone; null — not at all.
 */
export function bewerkbaarheid(a: Aanvraag): "concept" | "formalisering" | null {
  if (a.status === "afgesloten" || a.status === "ingetrokken") return null;
  if (a.handtekeningen.some((h) => !h.vervallenOp)) return null;
  if (a.status === "concept" || a.status === "aanvulling-gevraagd") return "concept";
  const open = a.taken.some((t) => t.fase === 0 && t.formalisering && t.status === "open");
  if (open && !formulierIngediend(a)) return "formalisering";
  return null;
}

export function bewerkbaar(a: Aanvraag): boolean {
  return bewerkbaarheid(a) !== null;
}

/** May this user change the form now (what ConceptBijwerken checks before the fields)? For the page. */
export function magFormulierWijzigen(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  const wijze = bewerkbaarheid(a);
  if (wijze === null) return false;
  return isAanvragendePartij(a, g) || (wijze === "concept" && isLocc(g));
}

/** The commands of a request's lifecycle that are not a task step; the page offers them by state. */
export const LEVENSLOOP_COMMANDOS = [
  "TelefonischContactVastleggen",
  "InzetStarten",
  "WijzigingAanvragen",
  "Demobiliseren",
  "Afsluiten",
  "EvaluatieVastleggen",
  "KorpschefWeigeren",
  "Intrekken",
] as const;
export type LevensloopCommando = (typeof LEVENSLOOP_COMMANDOS)[number];

/**
 * What the page may offer: the lifecycle commands, and scaling down apart from asking more or
 * longer, because only whoever makes the request scales down (isVerzoeker, ADR 0605), while the
 * whole requesting side asks to extend or scale up (`WijzigingAanvragen` stands for those two).
 */
export const HANDELINGEN = [...LEVENSLOOP_COMMANDOS, "Afschalen"] as const;
export type Handeling = (typeof HANDELINGEN)[number];

const GEEN_RECHT = new Set<AanvraagFoutCode>(["verkeerde-rol", "verkeerde-organisatie", "niet-betrokken"]);

/** Would `decide` refuse this command for who is asking (not for the state or a missing field)? */
function magProberen(cmd: AanvraagCommando, a: Aanvraag): boolean {
  try {
    decide(cmd, a);
    return true;
  } catch (e) {
    return !(e instanceof AanvraagFout && GEEN_RECHT.has(e.code));
  }
}

/**
 * Which lifecycle commands this user's role and organisation allow on this request, asked of
 * `decide` itself with a trial command, so the page has no copy of who may do what. A refusal for
 * another reason (state, a missing field) still counts as allowed: the page shows a command by
 * state, and the server decides when it is sent.
 */
export function toegestaneHandelingen(a: Aanvraag, g: Gebruiker, nu: Date): Handeling[] {
  const basis = { aanvraagId: a.id, actor: g, nu, verwachteVersie: a.versie };
  const partij = { naam: g.naam, rol: g.rollen[0] ?? null, organisatieId: g.organisatieId, telefoon: null };
  const proef: Record<Handeling, AanvraagCommando> = {
    TelefonischContactVastleggen: {
      ...basis,
      type: "TelefonischContactVastleggen",
      van: partij,
      aan: partij,
      op: nu,
      afspraken: "proef",
      taakIds: [],
    },
    InzetStarten: { ...basis, type: "InzetStarten" },
    WijzigingAanvragen: {
      ...basis,
      type: "WijzigingAanvragen",
      wijziging: { soort: "verlengen", nieuwTot: null, nieuwAantal: null, reden: "proef" },
    },
    Demobiliseren: { ...basis, type: "Demobiliseren" },
    Afsluiten: { ...basis, type: "Afsluiten", werkelijkeKosten: { bedragCent: 0, toelichting: "proef" } },
    EvaluatieVastleggen: { ...basis, type: "EvaluatieVastleggen", notitie: "proef" },
    KorpschefWeigeren: { ...basis, type: "KorpschefWeigeren", omvang: "afwijzen", redenen: ["proef"] },
    Intrekken: { ...basis, type: "Intrekken", reden: "proef" },
    Afschalen: {
      ...basis,
      type: "WijzigingAanvragen",
      wijziging: { soort: "afschalen", nieuwTot: null, nieuwAantal: null, reden: "proef" },
    },
  };
  return HANDELINGEN.filter((type) => magProberen(proef[type], a));
}

/** A zienswijze of someone else whose absence this user may record (ADR 0607). */
export interface GeenZienswijzeMogelijk {
  taakId: string;
  /** The due time; from then on (strictly after it) the absence may be recorded. */
  vanaf: string;
  /** Already now, by the server's clock. */
  toegestaan: boolean;
}

/**
 * The zienswijze tasks whose absence this user may record now or once their due time has passed,
 * asked of `decide` with a trial StapOverslaan at `nu` and, if that is too early, just after the
 * due time: the page has no copy of the rule, and may switch at `vanaf` without asking again.
 */
export function geenZienswijzeMogelijk(a: Aanvraag, g: Gebruiker, nu: Date): GeenZienswijzeMogelijk[] {
  const uit: GeenZienswijzeMogelijk[] = [];
  for (const t of a.taken) {
    if (t.status !== "open" || !isGeenZienswijze(t) || t.uiterlijk === null) continue;
    const proef = (op: Date): AanvraagCommando => ({
      aanvraagId: a.id,
      actor: g,
      nu: op,
      verwachteVersie: a.versie,
      type: "StapOverslaan",
      taakId: t.id,
      reden: "proef",
    });
    const kan = (op: Date) => {
      try {
        decide(proef(op), a);
        return true;
      } catch {
        return false;
      }
    };
    const vanaf = t.uiterlijk;
    if (kan(nu)) uit.push({ taakId: t.id, vanaf, toegestaan: true });
    else if (kan(new Date(Math.max(nu.getTime(), Date.parse(vanaf) + 1))))
      uit.push({ taakId: t.id, vanaf, toegestaan: false });
  }
  return uit;
}

/** The request's written form was filed (sent, handed in) in phase 0: its content is fixed. */
function formulierIngediend(a: Aanvraag): boolean {
  return a.taken.some((t) => t.fase === 0 && t.soort === "indienen" && t.status === "gereed");
}

function nietBewerkbaar(a: Aanvraag): Error {
  const wijzigen =
    a.inzet.gestartOp && !a.inzet.gedemobiliseerdOp
      ? " Meer, minder of langer vraagt u aan als wijziging (opschalen, afschalen, verlengen)."
      : "";
  if (a.handtekeningen.some((h) => !h.vervallenOp))
    return fout(
      "niet-bewerkbaar",
      `Het formulier is ondertekend; wijzigen kan pas weer na een verzoek om meer informatie.${wijzigen}`,
    );
  if (formulierIngediend(a))
    return fout(
      "niet-bewerkbaar",
      `Het formulier is ingediend; wijzigen kan pas weer na een verzoek om meer informatie.${wijzigen}`,
    );
  return fout("niet-bewerkbaar", `De aanvraag is ${a.status} en kan niet meer worden gewijzigd.${wijzigen}`);
}

const minuut = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/**
 * While formalising after the phone agreement the form records that agreement (ADR 0603): what is
 * asked (capacity type, quantity, specialism), the period, the municipalities, the urgency and the
 * authority's role stay as they are once filled in; empty ones may be filled in.
 */
function eisBinnenAfspraak(a: Aanvraag, cmd: AanvraagCommando & { type: "ConceptBijwerken" }): void {
  const vast = (veld: string, wat: string, hoe: string) =>
    fout(
      "niet-bewerkbaar",
      `${wat} ligt vast sinds de telefonische afspraak; het formulier legt die afspraak vast. ${hoe}`,
      { veld },
    );
  const wijziging =
    "Meer of minder vraagt u na het besluit aan als wijziging: opschalen (met een nieuw besluit) of afschalen.";
  if (cmd.spoed != null && cmd.spoed !== a.spoed)
    throw vast("spoed", "Spoed", "De inzet en de formalisering horen bij het spoedpad.");
  if (cmd.gezag && a.gezag && cmd.gezag.rol !== a.gezag.rol)
    throw vast(
      "gezag.rol",
      `Het bevoegd gezag (${rolNaam(a.gezag.rol)})`,
      "Alleen de naam van wie het gezag heeft kan worden verbeterd.",
    );
  const w = cmd.wijzigingen;
  const oud = a.gegevens;
  if (w.gevraagd !== undefined && oud.gevraagd) {
    const nu = w.gevraagd;
    if (!nu || nu.capaciteitType !== oud.gevraagd.capaciteitType)
      throw vast("gevraagd.capaciteitType", "De gevraagde capaciteit", wijziging);
    if (nu.aantal !== oud.gevraagd.aantal)
      throw vast("gevraagd.aantal", `Het gevraagde aantal (${oud.gevraagd.aantal})`, wijziging);
    const specialisme = oud.gevraagd.specialisme?.trim() ?? "";
    if (specialisme !== "" && (nu.specialisme?.trim() ?? "") !== specialisme)
      throw vast("gevraagd.specialisme", "Het gevraagde specialisme", wijziging);
  }
  if (w.periode !== undefined && oud.periode) {
    const nu = w.periode;
    const verlengen =
      "Langer vraagt u na het besluit aan als verlenging (met een nieuw besluit); eerder stoppen is demobiliseren.";
    if (!nu || minuut(nu.van) !== minuut(oud.periode.van))
      throw vast("periode.van", "Het begin van de periode", verlengen);
    const tot = (x: string | null) => (x === null ? null : minuut(x));
    if (tot(nu.tot) !== tot(oud.periode.tot))
      throw vast("periode.tot", "Het einde van de periode", verlengen);
  }
  if (w.plaats !== undefined && oud.plaats.gemeenten.length > 0) {
    const nu = new Set(w.plaats?.gemeenten ?? []);
    if (nu.size !== oud.plaats.gemeenten.length || oud.plaats.gemeenten.some((g) => !nu.has(g)))
      throw vast(
        "plaats.gemeenten",
        "De gemeenten van inzet",
        "Elke burgemeester vraagt en tekent voor de eigen gemeente; bijstand in een andere gemeente is een nieuwe aanvraag.",
      );
  }
}

export function formaliseringOpen(a: Aanvraag): boolean {
  return a.taken.some((t) => t.formalisering && t.status === "open");
}

function aanmaken(cmd: AanvraagCommando & { type: "ConceptAanmaken" }): AanvraagEvent[] {
  const procedureId = cmd.advies?.procedureId ?? cmd.procedureId;
  if (!procedureId || !isProcedureId(procedureId))
    throw fout("onbekende-procedure", `Onbekende procedure "${procedureId ?? "(geen)"}".`);
  if (cmd.advies && cmd.advies.catalogusVersie !== CATALOGUS_VERSIE)
    throw fout(
      "catalogus-verouderd",
      `Het advies is gegeven met catalogus ${cmd.advies.catalogusVersie}; de huidige is ${CATALOGUS_VERSIE}. Vraag het advies opnieuw.`,
    );
  const p = procedureVan(procedureId as ProcedureId);
  const context = maakContext(
    cmd.veiligheidsregioId,
    cmd.aanvragerOrganisatieId,
    cmd.regioburgemeesterOrganisatieId,
  );
  if (!context)
    throw fout("ongeldige-invoer", `Onbekende veiligheidsregio "${cmd.veiligheidsregioId}".`, {
      veld: "veiligheidsregioId",
    });
  const oefening = cmd.oefening === true;
  eisOefeningGezag(p, oefening, cmd.gezag);
  const gezag = oefening ? null : cmd.gezag;
  if (gezag) eisGezag(p, gezag);
  const rollen = aanvragendeRollen(p);
  if (!isLocc(cmd.actor)) {
    if (!rollen.some((r) => cmd.actor.rollen.includes(r)))
      throw fout(
        "verkeerde-rol",
        `Een aanvraag ${p.id} wordt opgesteld door ${rollen.map(rolNaam).join(", ")}; u heeft ${cmd.actor.rollen.map(rolNaam).join(", ") || "geen rol"}.`,
      );
    if (cmd.actor.organisatieId !== cmd.aanvragerOrganisatieId)
      throw fout(
        "verkeerde-organisatie",
        `U hoort bij ${cmd.actor.organisatieId} en kunt geen aanvraag namens ${cmd.aanvragerOrganisatieId} opstellen.`,
      );
  }
  const gegevens = { ...legeGegevens(), ...(cmd.gegevens ?? {}) };
  controleerGegevens(gegevens);
  if (gegevens.bijlagen.length > 0)
    throw fout(
      "ongeldige-bijlage",
      "bijlagen: een nieuwe aanvraag heeft nog geen bijlagen; upload ze nadat de aanvraag is aangemaakt.",
      { veld: "bijlagen" },
    );
  controleerKosten(p, gegevens.kostenverwachting);
  controleerCapaciteitType(p, gegevens.gevraagd);
  eisGemeentenInGebied(p, context.regioCode, gegevens.plaats.gemeenten, cmd.gemeenteRegios);
  if (gezag) eisPrimusInterPares(gezag, gegevens.plaats.gemeenten);
  // The regioburgemeester's municipality is the requester's own only when the regioburgemeester
  // is the authority (primus inter pares, fp toelichting 3/4); otherwise naming it must not let a
  // caller file in a region's name (security review F1, ADR 0609).
  const eigen = new Set([
    context.rccbId,
    context.veiligheidsregioId,
    context.parketId,
    context.stafOrganisatieId,
    ...(gezag?.rol === "regioburgemeester" ? [context.regioburgemeesterOrganisatieId] : []),
    ...gegevens.plaats.gemeenten,
  ]);
  if (!eigen.has(cmd.aanvragerOrganisatieId))
    throw fout(
      "verkeerde-organisatie",
      `${cmd.aanvragerOrganisatieId} kan geen aanvraag doen voor veiligheidsregio ${context.regioCode}.`,
    );
  const referentienummer = formatteerReferentienummer(
    referentieSleutel(context.regioCode, cmd.nu),
    cmd.volgnummer,
  );
  return [
    {
      ...basis(cmd),
      type: "AanvraagAangemaakt",
      referentienummer,
      procedureId: p.id,
      catalogusVersie: CATALOGUS_VERSIE,
      adviesId: cmd.advies?.adviesId ?? null,
      aanvragerOrganisatieId: cmd.aanvragerOrganisatieId,
      gezag: gezag ? { rol: gezag.rol, naam: gezag.naam } : null,
      ...(oefening ? { oefening: true as const } : {}),
      spoed: cmd.spoed,
      context,
      gegevens,
    },
  ];
}

const WEIGERBAAR = new Set<string>([
  "politie-1-bijstand-andere-eenheid-oo",
  "politie-6-bijstand-andere-eenheid-justitie",
]);

/**
 * In a §1/§6 request, delivering less than asked is a partial refusal of the request made to the
 * korpschef, and art. 56 lid 4 Politiewet 2012 opens the appeal "indien het … verzoek geheel of
 * gedeeltelijk wordt afgewezen", whoever refused. The korpschef refuses "schriftelijk, met reden
 * omkleed … afschrift … DGPOL" (fp toelichting 9). So LE-POB coordinates a part only within the
 * korpschef's own partial refusal (review F2; ADR 0100 reading 26 revised).
 */
function eisKorpschefWeigerdeDeels(a: Aanvraag, t: Taak): void {
  const fase = a.fasen[t.fase] as Fase;
  if (!WEIGERBAAR.has(fase.procedureId) || fase.aanleiding === "beroep") return;
  const deels = a.besluiten.some(
    (b) => b.soort === "weigering-korpschef" && b.fase === t.fase && b.uitkomst === "gedeeltelijk",
  );
  if (!deels)
    throw fout(
      "ongeldige-uitkomst",
      `Minder leveren dan gevraagd is een gedeeltelijke afwijzing van het verzoek; die doet de korpschef, schriftelijk en met redenen, met afschrift aan DGPOL en beroep bij de minister (art. 56 lid 4 Politiewet 2012; factsheet politie, toelichting 9). Coördineer "${kort(t)}" volledig, of laat de korpschef eerst gedeeltelijk afwijzen.`,
      { taakId: t.id, mogelijk: ["volledig"] },
    );
}

function weigeren(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "KorpschefWeigeren" },
  b: ReturnType<typeof basis>,
): AanvraagEvent[] {
  eisRedenen(cmd.redenen, "De afwijzing door de korpschef (schriftelijk, toelichting 9)");
  // Own §9 request: the refusal is its first task.
  if (a.procedureId === "politie-9-afwijzing-en-beroep") {
    const open = a.taken.find((t) => t.commando === "KorpschefWeigeren" && t.status === "open");
    if (!open) throw fout("al-afgehandeld", "De afwijzing is al vastgelegd.");
    const t = taakVoor(a, { ...cmd, taakId: open.id }, "KorpschefWeigeren");
    eisUitkomst(t, cmd.omvang);
    return [
      {
        ...b,
        type: "KorpschefWeigerde",
        omvang: cmd.omvang,
        redenen: cmd.redenen,
        geleverd: eisGeleverd(a, t.fase, cmd.omvang, cmd.geleverd),
        taakId: t.id,
        nieuweFase: null,
        betreftFase: t.fase,
        gevolg: GEEN_GEVOLG,
      },
    ];
  }
  // Who first, then whether: someone else hears that only the korpschef refuses (403), whatever
  // the request's state (and the page asks decide which actions to offer, toegestaneHandelingen).
  const eigenaar = { rol: "korpschef" as const, organisaties: ["politie"] };
  if (!magActeren(cmd.actor, eigenaar))
    eisEigenaar(cmd.actor, {
      id: "korpschef",
      stapId: "politie-9-afwijzing-en-beroep/afwijzing",
      eigenaar,
    } as Taak);
  const kandidaat = [...a.fasen]
    .reverse()
    .find((f) => WEIGERBAAR.has(f.procedureId) && f.uitkomst === null && f.aanleiding !== "beroep");
  if (!kandidaat)
    throw fout(
      "weigering-niet-mogelijk",
      "De korpschef weigert alleen een verzoek om bijstand uit een andere eenheid (toelichting 1 of 6) dat nog niet is besloten.",
    );
  // Art. 56 lid 1/2 Politiewet 2012: the korpschef refuses "een verzoek", and the request is made
  // when the authority files it (fp toelichting 1/6: "door de burgemeester ingediend bij de
  // korpschef"). With several municipalities every mayor signs for his own (ADR 0601 rule 1): until
  // the last has signed there is no request to refuse (review F12.a).
  const tekenen = a.taken.filter((t) => t.fase === kandidaat.nr && t.soort === "ondertekenen");
  const nietGetekend = tekenen.filter((t) => t.status !== "gereed");
  if (tekenen.length === 0 || nietGetekend.length > 0)
    throw fout(
      "verkeerde-volgorde",
      nietGetekend.length > 0 && nietGetekend.length < tekenen.length
        ? `Het verzoek is nog niet ingediend: nog niet ondertekend voor ${nietGetekend.flatMap((t) => t.eigenaar.organisaties).join(", ")}. De korpschef beslist over het verzoek zodra het gezag het heeft ingediend (art. 56 Politiewet 2012).`
        : "Het verzoek is nog niet door het gezag bij de korpschef ingediend.",
      { wachtOp: nietGetekend.map((t) => t.id) },
    );
  if (a.fasen.some((f) => f.aanleiding === "beroep" && f.betreftFase === kandidaat.nr))
    throw fout("weigering-niet-mogelijk", "De korpschef heeft dit verzoek al (deels) afgewezen.");
  return [
    {
      ...b,
      type: "KorpschefWeigerde",
      omvang: cmd.omvang,
      redenen: cmd.redenen,
      geleverd: eisGeleverd(a, kandidaat.nr, cmd.omvang, cmd.geleverd),
      taakId: null,
      nieuweFase: a.fasen.length,
      betreftFase: kandidaat.nr,
      gevolg: GEEN_GEVOLG,
    },
  ];
}

function afsluiten(
  a: Aanvraag,
  cmd: AanvraagCommando & { type: "Afsluiten" },
  b: ReturnType<typeof basis>,
): AanvraagEvent[] {
  eis(isAanvragendePartij(a, cmd.actor) || isLocc(cmd.actor), () =>
    fout("niet-betrokken", "Alleen de aanvragende partij of het LOCC sluit een aanvraag af."),
  );
  if (formaliseringOpen(a))
    throw fout("formalisering-open", "De schriftelijke formalisering na het spoedpad is nog niet rond.");
  if (a.inzet.gestartOp && !a.inzet.gedemobiliseerdOp)
    throw fout("inzet-al-gestart", "De inzet loopt nog; demobiliseer eerst.");
  const f0 = a.fasen[0] as Fase;
  const p = procedureVan(a.procedureId);
  const open = a.taken.filter((t) => t.status === "open");
  const nietToegekend = f0.uitkomst === "afgewezen" || a.status === "in-beroep";
  if (!nietToegekend && open.length > 0)
    throw fout(
      "taken-open",
      f0.uitkomst === null && !p.verwijzing
        ? "Er is nog niet besloten; trek de aanvraag in als zij niet meer nodig is."
        : `Eerst deze taken afronden: ${open.map((t) => `"${kort(t)}"`).join(", ")}.`,
      { taken: open.map((t) => t.id) },
    );
  if (a.inzet.gestartOp && !cmd.werkelijkeKosten)
    throw fout("kosten-vereist", "Na een inzet horen de werkelijk gemaakte kosten bij het afsluiten.");
  const k = cmd.werkelijkeKosten ?? { bedragCent: 0, toelichting: "Geen inzet." };
  if (!Number.isInteger(k.bedragCent) || k.bedragCent < 0)
    throw fout("ongeldige-invoer", "werkelijkeKosten.bedragCent is een niet-negatief aantal eurocent.");
  tekstNodig(k.toelichting, "werkelijkeKosten.toelichting");
  return [{ ...b, type: "Afgesloten", werkelijkeKosten: k, vervallen: open.map((t) => t.id) }];
}

function bewaken(a: Aanvraag, cmd: AanvraagCommando): AanvraagEvent[] {
  const b = basis(cmd);
  return herinneringen(a, cmd.nu).map((h) =>
    h.soort === "escalatie"
      ? {
          ...b,
          type: "GeescaleerdNaarLocc" as const,
          sleutel: h.sleutel,
          taakId: h.taakId,
          uiterlijk: h.uiterlijk,
          reden: h.reden,
        }
      : {
          ...b,
          type: "HerinneringVerstuurd" as const,
          sleutel: h.sleutel,
          taakId: h.taakId,
          aan: h.aan,
          uiterlijk: h.uiterlijk,
          reden: h.reden,
        },
  );
}
