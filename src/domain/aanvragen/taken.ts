// From a procedure's steps to a request's tasks: who owns each step (role + concrete organisation,
// resolved from the step's `relatie` and the request's context), what blocks it, when it is due and
// how it is completed. Everything here is derived from the request state; see ADR 0600.
import { eenheidId, eenheidVanRegio, ovrId, parketId, rccbId } from "../organisaties/referentie.ts";
import type { Rol } from "../organisaties/rollen.ts";
import { procedure as procedureVan } from "../wegwijzer/catalogus.ts";
import type { Actor, Procedure, ProcedureId, Stap } from "../wegwijzer/typen.ts";
import type {
  Aanvraag,
  AanvraagContext,
  CommandoSoort,
  Eigenaar,
  Fase,
  Gebruiker,
  Taak,
  Uitkomst,
} from "./typen.ts";

/** Time limits (Knooppunt's choice where the sources name none; ADR 0602). */
export const TERMIJNEN = {
  /** A task on the normal path is due one day after it became available. */
  normaalMinuten: 24 * 60,
  /** On the urgent path every task is due within the hour ("bij spoed 24/7"). */
  spoedMinuten: 60,
  /** The written formalisation after urgent phone handling is due 24 hours after the work started. */
  formaliserenUren: 24,
  /** Reminder to the owners this long before the formalisation deadline. */
  herinnerenVoorMinuten: 4 * 60,
  /** A signature needs a re-authentication at most this old. */
  herauthenticatieMinuten: 5,
} as const;

/** National bodies of the catalogue that are not organisations of their own. */
const LANDELIJK_ALIAS: Record<string, string> = {
  // The Crisisberaad Opschaling BB is convened and chaired by the NCTV/CBB (LCP-EGT § 6.2.2).
  "crisisberaad-opschaling-bb": "nctv-cbb",
};

export const POLITIE_STAVEN = ["politie-nsgbo", "kmar-sgbo"] as const;

/** Resolves the request context from the safety region (VR code or id) and the requesting organisation. */
export function maakContext(
  veiligheidsregioId: string,
  aanvragerOrganisatieId: string,
  regioburgemeesterOrganisatieId?: string,
): AanvraagContext | null {
  const regioCode = veiligheidsregioId.toUpperCase();
  const eenheid = eenheidVanRegio(regioCode);
  if (!eenheid) return null;
  return {
    veiligheidsregioId: regioCode.toLowerCase(),
    regioCode,
    eenheidId: eenheidId(eenheid),
    rccbId: rccbId(eenheid),
    parketId: parketId(eenheid),
    ovrId: ovrId(regioCode),
    regioburgemeesterOrganisatieId: regioburgemeesterOrganisatieId ?? eenheidId(eenheid),
    stafOrganisatieId: (POLITIE_STAVEN as readonly string[]).includes(aanvragerOrganisatieId)
      ? aanvragerOrganisatieId
      : "politie-nsgbo",
    leverendeEenheden: [],
    andereRegios: [],
  };
}

export function procedureVanFase(fase: Pick<Fase, "procedureId">): Procedure {
  return procedureVan(fase.procedureId as ProcedureId);
}

/** Roles that may act for the requesting side of a procedure (prepare, file, hold the authority). */
export function aanvragendeRollen(p: Procedure): Rol[] {
  const r = new Set<Rol>([...p.voorbereiding.rollen, ...p.magIndienen.rollen, ...p.gezag.rollen]);
  if (p.primusInterPares) r.add(p.primusInterPares.rol);
  return [...r];
}

export function gezagRollen(p: Procedure): Rol[] {
  return p.primusInterPares ? [...p.gezag.rollen, p.primusInterPares.rol] : [...p.gezag.rollen];
}

/** Organisations of the authority chosen on the request (none for an exercise, ADR 0621). */
export function gezagOrganisaties(a: Pick<Aanvraag, "gezag" | "context" | "gegevens">): string[] {
  if (!a.gezag) return [];
  switch (a.gezag.rol) {
    case "burgemeester":
      return [...a.gegevens.plaats.gemeenten];
    case "regioburgemeester":
      return [a.context.regioburgemeesterOrganisatieId];
    case "officier-van-justitie":
      return [a.context.parketId];
    default:
      return [a.context.veiligheidsregioId];
  }
}

const GEZAG_SOORTEN = new Set(["ondertekenen", "instemmen", "beroep"]);

/** A step the authority itself takes (sign, consent, appeal): owned by the request's gezag. */
export function isGezagStap(stap: Stap, p: Procedure): boolean {
  return GEZAG_SOORTEN.has(stap.soort) && gezagRollen(p).includes(stap.actor.rol);
}

/** Organisations a catalogue actor stands for in this request. */
export function organisatiesVan(actor: Actor, a: Pick<Aanvraag, "context" | "gegevens">): string[] {
  const c = a.context;
  switch (actor.relatie) {
    case "aanvragende-eenheid":
      return [actor.rol === "nsgbo-sgbo" ? c.stafOrganisatieId : c.rccbId];
    case "gemeente-van-inzet":
      return [...a.gegevens.plaats.gemeenten];
    case "regio-van-eenheid":
      return [c.regioburgemeesterOrganisatieId];
    case "parket-van-ovj":
      return [c.parketId];
    case "aanvragende-veiligheidsregio":
      return [c.veiligheidsregioId];
    case "ovr-van-regio":
      return [c.ovrId];
    case "leverende-eenheden":
      return [...c.leverendeEenheden];
    case "andere-regio":
      return [...c.andereRegios];
    case "beheersorganisatie":
      return ["ifv"];
    case "landelijk": {
      const o = actor.organisatie ?? "locc";
      return [LANDELIJK_ALIAS[o] ?? o];
    }
  }
}

/**
 * The role that acts for a catalogue actor in this request. Where a procedure lets either of two
 * officers act and the catalogue names the first, the one the request names as its authority
 * acts: "De algemeen commandant bevolkingszorg of de officier van dienst bevolkingszorg neemt
 * telefonisch contact op met het LOCC" and the LOCC answers "de beller" (factsheet bevolkingszorg
 * § 2). Only SIS has such steps today; signing, consent and appeal go by isGezagStap.
 */
export function rolVoor(actor: Pick<Actor, "rol">, a: Pick<Aanvraag, "gezag">, p: Procedure): Rol {
  const [eerste] = p.gezag.rollen;
  const g = a.gezag?.rol;
  return g !== undefined && actor.rol === eerste && g !== eerste && p.gezag.rollen.includes(g)
    ? g
    : actor.rol;
}

/** Who receives a step's product or copy, as role + organisations. */
export function ontvangers(actoren: readonly Actor[], a: Aanvraag, p: Procedure): Eigenaar[] {
  return actoren.map((act) =>
    a.gezag &&
    gezagRollen(p).includes(act.rol) &&
    (act.relatie === "gemeente-van-inzet" || act.relatie === "parket-van-ovj")
      ? { rol: a.gezag.rol, organisaties: gezagOrganisaties(a) }
      : { rol: rolVoor(act, a, p), organisaties: organisatiesVan(act, a) },
  );
}

const LEVERANCIER_UITKOMSTEN = new Set<Uitkomst>(["volledig", "gedeeltelijk"]);

/** Which command completes a step. */
export function commandoVoor(stap: Stap): CommandoSoort {
  switch (stap.soort) {
    case "ondertekenen":
    case "instemmen":
      return "Ondertekenen";
    case "zienswijze":
      return "ZienswijzeGeven";
    case "toetsen":
    case "uitputtingstoets":
      return "Toetsen";
    case "besluiten":
      return "Besluiten";
    case "weigeren":
      return "KorpschefWeigeren";
    case "beroep":
      return "BeroepInstellen";
    case "aanwijzing":
      return "AanwijzingGeven";
    default:
      if (stap.uitkomsten.some((u) => LEVERANCIER_UITKOMSTEN.has(u))) return "Leveranciersbesluit";
      if (stap.soort === "advies") return "AdviesGeven";
      return "StapAfronden";
  }
}

/**
 * The step whose outcome is the phase's decision: a `besluiten` or `aanwijzing` step; else the
 * deciding organisation's own supplier decision or check (without a condition); else the
 * coordination or any supplier decision. Null: the procedure grants by doing (SIS, referral).
 */
export function besluitStap(p: Procedure): Stap | null {
  const metUitkomst = p.stappen.filter((s) => s.uitkomsten.length > 0);
  const laatste = (f: (s: Stap) => boolean) => [...metUitkomst].reverse().find(f) ?? null;
  const doorBeslisser = (s: Stap) =>
    (p.besluit.door as string[]).includes(s.actor.rol) ||
    (p.besluit.door.includes("locc") && s.actor.organisatie === "locc");
  return (
    laatste((s) => s.soort === "besluiten" || s.soort === "aanwijzing") ??
    laatste((s) => s.soort === "leveranciersbesluit" && doorBeslisser(s)) ??
    metUitkomst.find((s) => s.soort === "toetsen" && doorBeslisser(s) && s.voorwaarde === null) ??
    laatste((s) => s.soort === "coordineren") ??
    laatste((s) => s.uitkomsten.some((u) => LEVERANCIER_UITKOMSTEN.has(u)))
  );
}

/** Does the procedure allow phone handling first with the written form afterwards? */
export function heeftTelefonischeRoute(p: Procedure): boolean {
  return p.stappen.some((s) => s.telefonischVooraf || s.soort === "formaliseren");
}

export function taakId(fase: number, stap: Stap, organisatieId?: string): string {
  return organisatieId ? `${fase}:${stap.id}@${organisatieId}` : `${fase}:${stap.id}`;
}

/**
 * Art. 56 lid 3 Politiewet 2012 gives the regioburgemeester the opportunity to give his view on a
 * mayor's request. When he is the authority himself (primus inter pares, fp toelichting 3/4, by
 * analogy §1), the request is his own and a separate zienswijze step has no one to address: ADR 0100
 * reading 6, as the router's advice already drops it (`zonder: ["zienswijze"]`).
 */
function zienswijzeVervalt(stap: Stap, a: Pick<Aanvraag, "gezag">): boolean {
  return (
    stap.soort === "zienswijze" &&
    stap.actor.rol === "regioburgemeester" &&
    a.gezag?.rol === "regioburgemeester"
  );
}

interface TaakDef {
  id: string;
  fase: Fase;
  stap: Stap;
  index: number;
  eigenaar: Eigenaar;
}

/**
 * Whether the urgent path applies to this phase. The request as filed is urgent when it says so
 * (`spoed`); a change after the decision "runs the procedure again" (ADR 0601) and is urgent only
 * when it says so itself (`wijziging.spoed`), never by inheritance: not the phone route, not the
 * skipped zienswijze (art. 56 lid 3: "behoudens in spoedeisende gevallen" is judged per request for
 * assistance), not the first deployment's formalisation deadline. An appeal follows the phase it
 * concerns (ADR 0602 F4, ADR 0608).
 */
export function spoedInFase(a: Pick<Aanvraag, "spoed" | "fasen">, fase: Fase): boolean {
  const betreft =
    fase.aanleiding === "beroep" && fase.betreftFase !== null ? a.fasen[fase.betreftFase] : fase;
  if (betreft?.aanleiding === "wijziging") return betreft.wijziging?.spoed === true;
  return a.spoed;
}

/** A phone contact was recorded for this phase (each urgent phase needs its own; ADR 0608). */
export function gebeldInFase(a: Pick<Aanvraag, "telefonischeContacten">, faseNr: number): boolean {
  return a.telefonischeContacten.some((c) => (c.fase ?? 0) === faseNr);
}

/**
 * When the written formalisation of a phase on the urgent path is due. The request itself: 24 hours
 * after its deployment started (InzetStarten, ADR 0602). An urgent change: the deployment is already
 * running, so 24 hours after the change was asked for (the phase's start), once a phone contact for
 * it was recorded ("in spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke
 * afhandeling later geformaliseerd", fp 3, 4, 7, 8; fb 4–6). Null: no deadline runs (yet).
 */
export function formaliseringsTermijn(a: Aanvraag, fase: Fase): string | null {
  if (fase.aanleiding === "aanvraag") return a.inzet.formaliserenUiterlijk;
  if (fase.aanleiding !== "wijziging" || !spoedInFase(a, fase) || !gebeldInFase(a, fase.nr)) return null;
  return plusMinuten(fase.gestartOp, TERMIJNEN.formaliserenUren * 60);
}

/** The tasks of one phase in step order (alleenBijSpoed steps only on the urgent path). */
function takenVanFase(a: Aanvraag, fase: Fase): TaakDef[] {
  const p = procedureVanFase(fase);
  const uit: TaakDef[] = [];
  const spoed = spoedInFase(a, fase);
  p.stappen.forEach((stap, index) => {
    if (stap.alleenBijSpoed && !spoed) return;
    if (zienswijzeVervalt(stap, a)) return;
    // An exercise has no gezag (ADR 0621); its procedure (fp §2) has no gezag step either, so a
    // gezag step there would fall to the catalogue's actor below.
    if (a.gezag && isGezagStap(stap, p)) {
      const gezag = a.gezag;
      const orgs = gezagOrganisaties(a);
      // Every mayor concerned signs for their own municipality (art. 56 lid 1, 57, 58 Politiewet
      // 2012: the burgemeester asks for his municipality); an appeal needs one of them.
      if (stap.soort !== "beroep" && gezag.rol === "burgemeester" && orgs.length > 0) {
        for (const o of orgs)
          uit.push({
            id: taakId(fase.nr, stap, o),
            fase,
            stap,
            index,
            eigenaar: { rol: gezag.rol, organisaties: [o] },
          });
        return;
      }
      uit.push({
        id: taakId(fase.nr, stap),
        fase,
        stap,
        index,
        eigenaar: { rol: gezag.rol, organisaties: orgs },
      });
      return;
    }
    uit.push({
      id: taakId(fase.nr, stap),
      fase,
      stap,
      index,
      eigenaar: { rol: rolVoor(stap.actor, a, p), organisaties: organisatiesVan(stap.actor, a) },
    });
  });
  return uit;
}

/**
 * Whether an earlier step `j` must be resolved before step `i` (same phase). ADR 0601:
 * steps run in source order, except that informing steps only hold up the party they inform,
 * registering in the LOCC's overview holds up nothing, the urgent formalisation waits only for the
 * written steps, and on the urgent path after a recorded phone call the written steps
 * (telefonischVooraf) no longer hold up the rest.
 */
export function blokkeert(j: Stap, i: Stap, telefonischeRoute: boolean): boolean {
  if (j.id === i.id) return false;
  if (j.soort === "formaliseren" || j.soort === "registreren") return false;
  if (i.soort === "formaliseren" && telefonischeRoute) return j.telefonischVooraf;
  if (j.soort === "informeren") return j.aan.some((x) => x.rol === i.actor.rol);
  if (telefonischeRoute && j.telefonischVooraf && !i.telefonischVooraf) return false;
  return true;
}

const EINDSTATUSSEN = new Set(["afgesloten", "ingetrokken"]);

function plusMinuten(iso: string, min: number): string {
  return new Date(Date.parse(iso) + min * 60_000).toISOString();
}

/** Rebuilds every task of the request from its phases, context and recorded completions. */
export function bouwTaken(a: Aanvraag): Taak[] {
  const alle: Taak[] = [];
  const defsPerFase = a.fasen.map((f) => takenVanFase(a, f));
  // A §9 phase after a complete refusal holds the refused phase (the request, or a change of it)
  // until the appeal is settled: art. 56 lid 4 Politiewet 2012 lets the minister order "alsnog in de
  // gevraagde bijstand te voorzien", so nothing of what was refused is supplied before (ADR 0601).
  const beroepBlokkeert = new Map<number, string[]>();
  for (const f of a.fasen) {
    if (f.aanleiding !== "beroep" || f.weigering !== "afwijzen" || f.betreftFase === null) continue;
    const open = (defsPerFase[f.nr] ?? []).filter((d) => !a.afhandelingen[d.id]).map((d) => d.id);
    beroepBlokkeert.set(f.betreftFase, [...(beroepBlokkeert.get(f.betreftFase) ?? []), ...open]);
  }
  for (const defs of defsPerFase) {
    const fase = defs[0]?.fase;
    const spoed = fase ? spoedInFase(a, fase) : false;
    const telRoute = spoed && fase !== undefined && gebeldInFase(a, fase.nr);
    const termijn = fase ? formaliseringsTermijn(a, fase) : null;
    for (const d of defs) {
      const afh = a.afhandelingen[d.id] ?? null;
      const blokkerend = defs.filter((x) => x.index < d.index && blokkeert(x.stap, d.stap, telRoute));
      const wachtOp = blokkerend.filter((x) => !a.afhandelingen[x.id]).map((x) => x.id);
      wachtOp.push(...(beroepBlokkeert.get(d.fase.nr) ?? []));
      let sinds: string | null = null;
      if (wachtOp.length === 0) {
        sinds = d.fase.gestartOp;
        for (const x of blokkerend) {
          const op = a.afhandelingen[x.id]?.op;
          if (op && op > sinds) sinds = op;
        }
      }
      const formalisering = (d.stap.soort === "formaliseren" || d.stap.telefonischVooraf) && telRoute;
      const uiterlijk =
        formalisering && termijn
          ? termijn
          : sinds
            ? plusMinuten(sinds, spoed ? TERMIJNEN.spoedMinuten : TERMIJNEN.normaalMinuten)
            : null;
      const status = afh?.status ?? "open";
      alle.push({
        id: d.id,
        fase: d.fase.nr,
        stapId: d.stap.id,
        soort: d.stap.soort,
        actie: d.stap.actie,
        eigenaar: d.eigenaar,
        commando: commandoVoor(d.stap),
        uitkomsten: [...d.stap.uitkomsten],
        status,
        beschikbaar:
          status === "open" &&
          wachtOp.length === 0 &&
          !EINDSTATUSSEN.has(a.status) &&
          d.fase.uitkomst !== "afgewezen",
        wachtOp,
        beschikbaarSinds: sinds,
        uiterlijk: status === "open" ? uiterlijk : null,
        magOverslaan: d.stap.optioneel || (d.stap.overslaanBijSpoed && spoed) || d.stap.voorwaarde !== null,
        formalisering,
        afhandeling: afh,
      });
    }
  }
  return alle;
}

/** The step definition of a task. */
export function stapVanTaak(a: Aanvraag, t: Pick<Taak, "fase" | "stapId">): Stap {
  const fase = a.fasen[t.fase];
  if (!fase) throw new Error(`fase ${t.fase} bestaat niet`);
  const stap = procedureVanFase(fase).stappen.find((s) => s.id === t.stapId);
  if (!stap) throw new Error(`stap ${t.stapId} bestaat niet`);
  return stap;
}

export function magActeren(g: Pick<Gebruiker, "rollen" | "organisatieId">, e: Eigenaar): boolean {
  return g.rollen.includes(e.rol) && e.organisaties.includes(g.organisatieId);
}

/**
 * Who can act on the tasks available now, as "<rol>@<organisatie>" (sorted, each once): the
 * projection keeps it so "mijn taken" reads only requests with a task for the user.
 */
export function openTaakEigenaars(a: Pick<Aanvraag, "taken">): string[] {
  const uit = new Set<string>();
  for (const t of a.taken)
    if (t.beschikbaar) for (const o of t.eigenaar.organisaties) uit.add(`${t.eigenaar.rol}@${o}`);
  return [...uit].sort();
}

/** The "<rol>@<organisatie>" keys a user acts under (see openTaakEigenaars). */
export function eigenaarSleutels(g: Pick<Gebruiker, "rollen" | "organisatieId">): string[] {
  return g.rollen.map((r) => `${r}@${g.organisatieId}`);
}

/** Tasks the user can act on now ("mijn taken"). */
export function mijnTaken(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): Taak[] {
  return a.taken.filter((t) => t.beschikbaar && magActeren(g, t.eigenaar));
}

/** Is the user on the requesting side (its organisation with a preparing/filing role, or the gezag)? */
export function isAanvragendePartij(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  const p = procedureVanFase({ procedureId: a.procedureId });
  if (g.organisatieId === a.aanvrager.organisatieId && aanvragendeRollen(p).some((r) => g.rollen.includes(r)))
    return true;
  return a.gezag !== null && g.rollen.includes(a.gezag.rol) && gezagOrganisaties(a).includes(g.organisatieId);
}

/**
 * Does this user make the request (not only prepare it): the authority, or at the requesting
 * organisation a role that may file it (magIndienen). Withdrawing a request and asking for less are
 * acts of the one who asks. In §7/§8 the RCCB may draw up the form "maar dient ingezonden te worden
 * door de betrokken (hoofd)officier van justitie vanuit het arrondissementsparket zelf en niet
 * vanuit de politie" (fp toelichting 7, 8; voetnoot 3: "De aanvraag dient door de officier van
 * justitie zelf gedaan te worden"), so there only the OvJ withdraws or scales down (ADR 0605).
 */
export function isVerzoeker(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  if (a.gezag && g.rollen.includes(a.gezag.rol) && gezagOrganisaties(a).includes(g.organisatieId))
    return true;
  const p = procedureVanFase({ procedureId: a.procedureId });
  return (
    g.organisatieId === a.aanvrager.organisatieId && p.magIndienen.rollen.some((r) => g.rollen.includes(r))
  );
}

export function isLocc(g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  return g.organisatieId === "locc" && g.rollen.includes("locc-piket");
}

const BESLISSEND = new Set<CommandoSoort>(["Leveranciersbesluit", "Besluiten"]);

/**
 * Who records the start and the end of the deployment (InzetStarten, Demobiliseren): the requesting
 * side, whose authority "bepaalt of bijstand … wenselijk is" (fp toelichting 3, 4, 7, 8); the LOCC,
 * which "legt … de operationele contacten" (fp toelichting 4) and keeps the national overview; the
 * organisations that decided or supply, by a decision they completed (the phase's decision, or a
 * supplier's decision: LE-POB, DJZ, the CDS, the supplying region), and the supplying units or
 * regions named during the procedure, in the role the procedure gives them there. Not an adviser
 * (Commandant KMar, militair adviseur), and never through a step that was skipped (review F12.e,
 * ADR 0606).
 */
export function magInzetVastleggen(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  if (isLocc(g) || isAanvragendePartij(a, g)) return true;
  const beslissend = a.taken.some((t) => {
    if (t.status !== "gereed" || !magActeren(g, t.eigenaar)) return false;
    if (BESLISSEND.has(t.commando)) return true;
    const fase = a.fasen[t.fase];
    return fase !== undefined && besluitStap(procedureVanFase(fase))?.id === t.stapId;
  });
  if (beslissend) return true;
  return leverendePartijen(a).some((e) => magActeren(g, e));
}

/** The supplying police units and regions named during the procedure, in the role it gives them there. */
export function leverendePartijen(a: Aanvraag): Eigenaar[] {
  const uit: Eigenaar[] = [];
  const gezien = new Set<string>();
  for (const f of a.fasen) {
    const p = procedureVanFase(f);
    for (const st of p.stappen)
      for (const x of [st.actor, ...st.aan]) {
        if (x.relatie !== "leverende-eenheden" && x.relatie !== "andere-regio") continue;
        for (const e of ontvangers([x], a, p)) {
          const k = `${e.rol}|${e.organisaties.join(",")}`;
          if (e.organisaties.length === 0 || gezien.has(k)) continue;
          gezien.add(k);
          uit.push(e);
        }
      }
  }
  return uit;
}

/** Anyone with a part in the request: requesting side, LOCC, or owner of one of its tasks. */
export function isDeelnemer(a: Aanvraag, g: Pick<Gebruiker, "rollen" | "organisatieId">): boolean {
  return isLocc(g) || isAanvragendePartij(a, g) || a.taken.some((t) => magActeren(g, t.eigenaar));
}

/**
 * The organisations the procedure names in this request, each with the roles it gives them there:
 * the requesting side and the authority, every task's owner (whether or not the procedure has
 * reached it), every step's recipients and copies, and the LOCC. A phone contact may name only
 * these (ADR 0609): recording a call must not widen who sees the request.
 */
export function procedurePartijen(a: Aanvraag): Map<string, Set<Rol>> {
  const uit = new Map<string, Set<Rol>>();
  const voeg = (e: Eigenaar) => {
    for (const o of e.organisaties) {
      const rollen = uit.get(o) ?? new Set<Rol>();
      rollen.add(e.rol);
      uit.set(o, rollen);
    }
  };
  voeg({ rol: "locc-piket", organisaties: ["locc"] });
  for (const r of aanvragendeRollen(procedureVanFase({ procedureId: a.procedureId })))
    voeg({ rol: r, organisaties: [a.aanvrager.organisatieId] });
  if (a.gezag) voeg({ rol: a.gezag.rol, organisaties: gezagOrganisaties(a) });
  for (const t of a.taken) {
    voeg(t.eigenaar);
    const fase = a.fasen[t.fase];
    if (!fase) continue;
    const stap = stapVanTaak(a, t);
    const p = procedureVanFase(fase);
    for (const e of [...ontvangers(stap.aan, a, p), ...ontvangers(stap.afschriftAan, a, p)]) voeg(e);
  }
  return uit;
}
