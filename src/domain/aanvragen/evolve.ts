// evolve(state, event) → state, and what is derived after every event: tasks, phase outcomes,
// status. Pure and deterministic, so replaying the stored events always gives the same request.
import { procedure as procedureVan } from "../wegwijzer/catalogus.ts";

import { aanwijzingOp, plafond } from "./decider.ts";
import { aanvragendeRollen, besluitStap, bouwTaken, procedureVanFase, stapVanTaak } from "./taken.ts";
import type {
  Aanvraag,
  AanvraagEvent,
  AanvraagStatus,
  Afhandeling,
  BesluitRegel,
  Door,
  Fase,
  Geleverd,
  Gevolg,
  Taak,
  Uitkomst,
} from "./typen.ts";

function faseUitkomstVan(u: Uitkomst | null): Fase["uitkomst"] {
  if (u === "gedeeltelijk") return "gedeeltelijk";
  if (u === "afwijzen" || u === "geen-toestemming") return "afgewezen";
  return "toegekend";
}

/**
 * What a stored projection was derived with. Raise it when evolve or bouwTaken derive a state
 * differently (a fix, a new field): projections of a lower version are rebuilt from their events.
 * 1: tasks stored in the state, a granted quantity filled in on the form after the decision on the
 * urgent path stayed empty. 2: ADR 0672 (tasks derived on load) and that fix. 3: catalogue 2025.3
 * (readings 22–24 of ADR 0100 change tasks and their owners, so the stored owner columns). 4: the
 * review of the request rules (no zienswijze task for the regioburgemeester as gezag, a refused
 * change waits for the appeal, the minister's instruction grants what was asked). 5: a change of an
 * urgent request no longer inherits its urgency (no phone route, no formalisation, no skipped
 * zienswijze in the change's phase; ADR 0602 F4), so stored due times and owners move. 6: phone
 * contacts belong to a phase (`fase`, 0 for older events) and an urgent change has its own phone
 * route and formalisation deadline (ADR 0608). 7: a request carries `oefening` (ADR 0621); older
 * projections lack the field.
 */
export const PROJECTIE_VERSIE = 7;

export function evolve(a: Aanvraag | null, e: AanvraagEvent): Aanvraag {
  if (e.type === "AanvraagAangemaakt") {
    const nieuw: Aanvraag = {
      id: e.aanvraagId,
      referentienummer: e.referentienummer,
      procedureId: e.procedureId,
      catalogusVersie: e.catalogusVersie,
      adviesId: e.adviesId,
      aanvrager: { organisatieId: e.aanvragerOrganisatieId },
      gezag: e.oefening ? null : e.gezag,
      oefening: e.oefening === true,
      context: e.context,
      gegevens: e.gegevens,
      spoed: e.spoed,
      status: "concept",
      fasen: [
        {
          nr: 0,
          procedureId: e.procedureId,
          aanleiding: "aanvraag",
          gestartOp: e.op,
          wijziging: null,
          uitkomst: null,
          geleverd: null,
          weigering: null,
          betreftFase: null,
        },
      ],
      taken: [],
      besluiten: [],
      handtekeningen: [],
      telefonischeContacten: [],
      inzet: {
        gestartOp: null,
        voorFormalisering: false,
        formaliserenUiterlijk: null,
        gedemobiliseerdOp: null,
      },
      toegekendAantal: null,
      wijzigingen: [],
      afsluiting: null,
      evaluaties: [],
      ingetrokken: null,
      aanvullingGevraagd: false,
      verstuurd: [],
      tijdlijn: [],
      aangemaaktOp: e.op,
      bijgewerktOp: e.op,
      versie: 1,
      afhandelingen: {},
    };
    nieuw.tijdlijn = [regel(nieuw, e)];
    return afronden(nieuw);
  }
  if (!a) throw new Error(`event ${e.type} zonder aanvraag`);
  const n: Aanvraag = {
    ...a,
    versie: a.versie + 1,
    bijgewerktOp: e.op,
    afhandelingen: { ...a.afhandelingen },
    fasen: a.fasen.map((f) => ({ ...f })),
  };
  const gereed = (taakId: string, uitkomst: Uitkomst | null, telefonisch = false): void => {
    n.afhandelingen[taakId] = {
      status: "gereed",
      op: e.op,
      door: e.door,
      uitkomst,
      reden: null,
      telefonisch,
    };
  };
  const besluit = (r: Omit<BesluitRegel, "door" | "op" | "namens"> & { namens?: string | null }) => {
    n.besluiten = [...n.besluiten, { namens: null, ...r, door: e.door, op: e.op }];
  };
  const faseVan = (taakId: string) => Number(taakId.split(":")[0]);
  switch (e.type) {
    case "ConceptBijgewerkt": {
      n.gegevens = { ...n.gegevens, ...e.wijzigingen };
      if (e.spoed !== null) n.spoed = e.spoed;
      if (e.oefening !== undefined) n.oefening = e.oefening;
      // An exercise has no bevoegd gezag (fp toelichting 2, ADR 0621).
      if (n.oefening) n.gezag = null;
      else if (e.gezag) n.gezag = e.gezag;
      // On the urgent path the decision in full may precede the quantity on the form (ADR 0603):
      // the quantity filled in afterwards is what was granted. A partial grant already has its own
      // number, and a supplier's lower cap is applied by `afronden` below.
      const f0 = n.fasen[0];
      const aantal = e.wijzigingen.gevraagd?.aantal;
      if (
        n.toegekendAantal === null &&
        f0?.aanleiding === "aanvraag" &&
        f0.uitkomst === "toegekend" &&
        aantal
      )
        n.toegekendAantal = aantal;
      break;
    }
    case "StapAfgerond":
      gereed(e.taakId, null);
      zetOrganisaties(n, e.taakId, e.organisaties);
      break;
    case "StapOvergeslagen":
      n.afhandelingen[e.taakId] = {
        status: "overgeslagen",
        op: e.op,
        door: e.door,
        uitkomst: null,
        reden: e.reden,
        telefonisch: false,
        ...(e.termijnVerstreken ? { termijnVerstreken: e.termijnVerstreken } : {}),
      };
      break;
    case "Ondertekend":
      gereed(e.taakId, null);
      n.handtekeningen = [
        ...n.handtekeningen,
        {
          taakId: e.taakId,
          organisatieId: e.organisatieId,
          door: e.door,
          namens: e.namens,
          op: e.op,
          herauthenticatieOp: e.herauthenticatieOp,
          inhoudHash: e.inhoudHash,
          vervallenOp: null,
        },
      ];
      break;
    case "ZienswijzeGegeven":
      gereed(e.taakId, null);
      besluit({
        soort: "zienswijze",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: null,
        redenen: [],
        tekst: e.zienswijze,
        geleverd: null,
      });
      break;
    case "Getoetst":
      gereed(e.taakId, e.uitkomst);
      besluit({
        soort: "toets",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: e.uitkomst,
        redenen: e.redenen,
        tekst: null,
        geleverd: null,
      });
      break;
    case "LeveranciersbesluitGenomen":
      gereed(e.taakId, e.uitkomst);
      zetOrganisaties(n, e.taakId, e.organisaties);
      besluit({
        soort: "leverancier",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: e.uitkomst,
        redenen: e.redenen,
        tekst: null,
        geleverd: e.geleverd,
      });
      break;
    case "BesluitGenomen":
      gereed(e.taakId, e.uitkomst);
      besluit({
        soort: "eindbesluit",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: e.uitkomst,
        redenen: e.redenen,
        tekst: null,
        geleverd: e.geleverd,
        namens: e.namens,
      });
      break;
    case "KorpschefWeigerde": {
      let taakId = e.taakId;
      if (e.nieuweFase !== null) {
        n.fasen.push({
          nr: e.nieuweFase,
          procedureId: "politie-9-afwijzing-en-beroep",
          aanleiding: "beroep",
          gestartOp: e.op,
          wijziging: null,
          uitkomst: null,
          geleverd: null,
          weigering: e.omvang,
          betreftFase: e.betreftFase,
        });
        taakId = `${e.nieuweFase}:politie-9-afwijzing-en-beroep/afwijzing`;
      } else {
        const f = n.fasen[e.betreftFase];
        if (f) f.weigering = e.omvang;
      }
      if (taakId) gereed(taakId, e.omvang);
      besluit({
        soort: "weigering-korpschef",
        taakId,
        fase: e.betreftFase,
        uitkomst: e.omvang,
        redenen: e.redenen,
        tekst: null,
        geleverd: e.geleverd,
      });
      break;
    }
    case "BeroepIngesteld":
      gereed(e.taakId, null);
      besluit({
        soort: "beroep",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: null,
        redenen: [],
        tekst: e.toelichting,
        geleverd: null,
      });
      break;
    case "AdviesGegeven":
      gereed(e.taakId, null);
      besluit({
        soort: "advies",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: null,
        redenen: [],
        tekst: e.advies,
        geleverd: null,
      });
      break;
    case "AanwijzingGegeven":
      gereed(e.taakId, e.uitkomst);
      besluit({
        soort: "aanwijzing",
        taakId: e.taakId,
        fase: faseVan(e.taakId),
        uitkomst: e.uitkomst,
        redenen: e.redenen,
        tekst: e.aanwijzing,
        geleverd: null,
      });
      break;
    case "TelefonischContactVastgelegd":
      n.telefonischeContacten = [
        ...n.telefonischeContacten,
        {
          van: e.van,
          aan: e.aan,
          op: e.gebeld,
          afspraken: e.afspraken,
          taakIds: e.taakIds,
          vastgelegdDoor: e.door,
          fase: e.fase ?? 0,
        },
      ];
      for (const id of e.taakIds) gereed(id, null, true);
      break;
    case "InzetGestart":
      n.inzet = {
        ...n.inzet,
        gestartOp: e.op,
        voorFormalisering: e.voorFormalisering,
        formaliserenUiterlijk: e.formaliserenUiterlijk,
      };
      break;
    case "WijzigingAangevraagd":
      n.wijzigingen = [...n.wijzigingen, { ...e.wijziging, op: e.op, fase: e.nieuweFase }];
      if (e.nieuweFase !== null)
        n.fasen.push({
          nr: e.nieuweFase,
          procedureId: n.procedureId,
          aanleiding: "wijziging",
          gestartOp: e.op,
          wijziging: e.wijziging,
          uitkomst: null,
          geleverd: null,
          weigering: null,
          betreftFase: null,
        });
      else n.toegekendAantal = e.wijziging.nieuwAantal;
      break;
    case "Gedemobiliseerd":
      n.inzet = { ...n.inzet, gedemobiliseerdOp: e.op };
      break;
    case "Afgesloten":
      vervallen(n, e.vervallen, e.op, "aanvraag afgesloten");
      n.afsluiting = { op: e.op, werkelijkeKosten: e.werkelijkeKosten };
      break;
    case "EvaluatieVastgelegd":
      n.evaluaties = [...n.evaluaties, { op: e.op, door: e.door, notitie: e.notitie }];
      break;
    case "Ingetrokken":
      vervallen(n, e.vervallen, e.op, "aanvraag ingetrokken");
      n.ingetrokken = { op: e.op, reden: e.reden };
      break;
    case "HerinneringVerstuurd":
    case "GeescaleerdNaarLocc":
      n.verstuurd = [...n.verstuurd, e.sleutel];
      break;
  }
  if ("gevolg" in e) pasGevolgToe(n, e.gevolg, e.op, e.taakId);
  if ("taakId" in e && e.taakId && n.aanvullingGevraagd && !("gevolg" in e && e.gevolg.heropend.length > 0)) {
    const t = n.taken.find((x) => x.id === e.taakId);
    if (t && telAlsIndiening(n, t)) n.aanvullingGevraagd = false;
  }
  n.tijdlijn = [...a.tijdlijn, regel(n, e)];
  return afronden(n);
}

function zetOrganisaties(n: Aanvraag, taakId: string, organisaties: string[]): void {
  if (organisaties.length === 0) return;
  const t = n.taken.find((x) => x.id === taakId);
  if (!t) return;
  const stap = stapVanTaak(n, t);
  const relaties = new Set(stap.aan.map((x) => x.relatie));
  const uniek = (xs: string[]) => [...new Set(xs)];
  n.context = {
    ...n.context,
    leverendeEenheden: relaties.has("leverende-eenheden")
      ? uniek([...n.context.leverendeEenheden, ...organisaties])
      : n.context.leverendeEenheden,
    andereRegios: relaties.has("andere-regio")
      ? uniek([...n.context.andereRegios, ...organisaties])
      : n.context.andereRegios,
  };
}

function vervallen(n: Aanvraag, ids: string[], op: string, reden: string): void {
  for (const id of ids)
    n.afhandelingen[id] = { status: "vervallen", op, door: null, uitkomst: null, reden, telefonisch: false };
}

function pasGevolgToe(n: Aanvraag, g: Gevolg, op: string, taakId: string | null): void {
  if (g.heropend.length > 0) {
    for (const id of g.heropend) delete n.afhandelingen[id];
    const heropend = new Set(g.heropend);
    n.handtekeningen = n.handtekeningen.map((h) =>
      heropend.has(h.taakId) && !h.vervallenOp ? { ...h, vervallenOp: op } : h,
    );
    n.aanvullingGevraagd = true;
  }
  vervallen(n, g.vervallen, op, taakId ? `vervallen door afwijzing (${taakId})` : "vervallen");
  for (const nr of g.afgewezenFasen) {
    const f = n.fasen[nr];
    if (f) f.uitkomst = "afgewezen";
  }
}

/** Filing the form, signing it or any step by another organisation ends the draft. */
function telAlsIndiening(a: Aanvraag, t: Taak): boolean {
  if (t.fase !== 0) return false;
  if (t.soort === "indienen" || t.soort === "ondertekenen" || t.soort === "instemmen") return true;
  return !aanvragendeRollen(procedureVan(a.procedureId)).includes(t.eigenaar.rol);
}

function afleidUitkomst(n: Aanvraag, f: Fase): Pick<Fase, "uitkomst" | "geleverd"> | null {
  const p = procedureVanFase(f);
  if (p.verwijzing) return null;
  const bs = besluitStap(p);
  const fasetaken = n.taken.filter((t) => t.fase === f.nr);
  const bt = bs ? fasetaken.find((t) => t.stapId === bs.id) : undefined;
  let basis: Fase["uitkomst"];
  let geleverd: Geleverd | null = null;
  if (bt?.status === "gereed") {
    basis = faseUitkomstVan(bt.afhandeling?.uitkomst ?? null);
    geleverd = [...n.besluiten].reverse().find((b) => b.taakId === bt.id)?.geleverd ?? null;
  } else if ((!bt || bt.status !== "open") && fasetaken.every((t) => t.status !== "open"))
    basis = "toegekend";
  else return null;
  if (basis === "afgewezen") return { uitkomst: "afgewezen", geleverd: null };
  const pl = plafond(n, f.nr);
  if (basis === "toegekend" && pl) return { uitkomst: "gedeeltelijk", geleverd: pl };
  return { uitkomst: basis, geleverd: basis === "gedeeltelijk" ? (geleverd ?? pl) : null };
}

function afronden(n: Aanvraag): Aanvraag {
  n.taken = bouwTaken(n);
  const fasenVoor = n.fasen;
  const statusVoor = n.status;
  n.fasen = n.fasen.map((f) => {
    if (f.uitkomst === "afgewezen") return f;
    if (f.uitkomst !== null) {
      const pl = plafond(n, f.nr);
      // Art. 56 lid 4 Politiewet 2012: on appeal the minister may order the korpschef "alsnog in de
      // gevraagde bijstand te voorzien"; a phase granted in part under a partial refusal then grants
      // what was asked (the korpschef informs LE-POB "teneinde het besluit daadwerkelijk uit te
      // voeren", fp toelichting 9).
      if (f.uitkomst === "gedeeltelijk" && !pl && aanwijzingOp(n, f.nr) !== null) {
        if (f.aanleiding === "aanvraag") n.toegekendAantal = n.gegevens.gevraagd?.aantal ?? n.toegekendAantal;
        else if (f.wijziging?.nieuwAantal != null) n.toegekendAantal = f.wijziging.nieuwAantal;
        return { ...f, uitkomst: "toegekend", geleverd: null };
      }
      // A supplier who delivers less after the decision (e.g. Defence preparing a TIN deployment) caps it.
      if (!pl || (f.geleverd?.aantal ?? Number.POSITIVE_INFINITY) <= pl.aantal) return f;
      if (f.aanleiding === "aanvraag") n.toegekendAantal = pl.aantal;
      return { ...f, uitkomst: "gedeeltelijk", geleverd: pl };
    }
    const u = afleidUitkomst(n, f);
    if (!u || u.uitkomst === null) return f;
    const nieuw = { ...f, ...u };
    if (u.uitkomst !== "afgewezen") {
      const gevraagd = n.gegevens.gevraagd?.aantal ?? null;
      if (f.aanleiding === "aanvraag")
        n.toegekendAantal = u.uitkomst === "gedeeltelijk" ? (u.geleverd?.aantal ?? gevraagd) : gevraagd;
      else if (f.aanleiding === "wijziging" && f.wijziging) {
        if (f.wijziging.nieuwTot && n.gegevens.periode)
          n.gegevens = { ...n.gegevens, periode: { ...n.gegevens.periode, tot: f.wijziging.nieuwTot } };
        if (f.wijziging.nieuwAantal !== null)
          n.toegekendAantal =
            u.uitkomst === "gedeeltelijk"
              ? (u.geleverd?.aantal ?? n.toegekendAantal)
              : f.wijziging.nieuwAantal;
      }
    }
    return nieuw;
  });
  n.status = bepaalStatus(n);
  // Most events settle no phase and keep the status: the tasks just built still hold (the phases,
  // granted quantity and period change only together with a phase).
  if (n.status !== statusVoor || n.fasen.some((f, i) => f !== fasenVoor[i])) n.taken = bouwTaken(n);
  return n;
}

function bepaalStatus(n: Aanvraag): AanvraagStatus {
  if (n.afsluiting) return "afgesloten";
  if (n.ingetrokken) return "ingetrokken";
  if (n.inzet.gedemobiliseerdOp) return "gedemobiliseerd";
  const f0 = n.fasen[0] as Fase;
  if (f0.uitkomst === "afgewezen") return "afgewezen";
  if (n.inzet.gestartOp) return "in-uitvoering";
  if (n.fasen.some((f) => f.aanleiding === "beroep" && f.uitkomst === null)) return "in-beroep";
  if (f0.uitkomst === "toegekend") return "toegekend";
  if (f0.uitkomst === "gedeeltelijk") return "gedeeltelijk-toegekend";
  if (n.aanvullingGevraagd) return "aanvulling-gevraagd";
  return n.taken.some((t) => t.status === "gereed" && telAlsIndiening(n, t)) ? "in-behandeling" : "concept";
}

// ---------------------------------------------------------------- timeline

const UITKOMST_TEKST: Record<string, string> = {
  goedkeuren: "goedgekeurd",
  "meer-informatie": "meer informatie gevraagd",
  afwijzen: "afgewezen",
  volledig: "volledig",
  gedeeltelijk: "gedeeltelijk",
  toestemming: "toestemming",
  "geen-toestemming": "geen toestemming",
};

function stapNaam(a: Aanvraag, taakId: string): string {
  const t = a.taken.find((x) => x.id === taakId);
  return t ? `"${t.stapId.split("/")[1]}"` : `"${taakId}"`;
}

function regel(a: Aanvraag, e: AanvraagEvent): Aanvraag["tijdlijn"][number] {
  let omschrijving: string;
  let namens: string | null = null;
  let taakId: string | null = "taakId" in e ? e.taakId : null;
  switch (e.type) {
    case "AanvraagAangemaakt":
      omschrijving = `Aanvraag ${e.referentienummer} aangemaakt (${e.procedureId}${e.oefening ? ", oefening" : ""}${e.spoed ? ", spoed" : ""}).`;
      break;
    case "ConceptBijgewerkt":
      omschrijving =
        e.oefening !== undefined
          ? `Concept bijgewerkt: ${e.oefening ? "oefening (geen bevoegd gezag nodig)" : "daadwerkelijke inzet (met bevoegd gezag)"}${Object.keys(e.wijzigingen).length ? `; ${Object.keys(e.wijzigingen).join(", ")}` : ""}.`
          : `Concept bijgewerkt: ${Object.keys(e.wijzigingen).join(", ") || "spoed/gezag"}.`;
      break;
    case "StapAfgerond":
      omschrijving = `Stap ${stapNaam(a, e.taakId)} afgerond${e.toelichting ? `: ${e.toelichting}` : "."}`;
      break;
    case "StapOvergeslagen":
      omschrijving = `Stap ${stapNaam(a, e.taakId)} overgeslagen: ${e.reden}`;
      break;
    case "Ondertekend":
      namens = e.namens ? `${e.namens.naam} (${e.namens.functie})` : null;
      omschrijving = `Ondertekend${namens ? ` namens ${namens}` : ""} voor ${e.organisatieId}; hash ${e.inhoudHash.slice(0, 12)}….`;
      break;
    case "ZienswijzeGegeven":
      omschrijving = `Zienswijze gegeven: ${e.zienswijze}`;
      break;
    case "Getoetst":
      omschrijving = `Getoetst (${stapNaam(a, e.taakId)}): ${UITKOMST_TEKST[e.uitkomst]}${e.redenen.length ? ` — ${e.redenen.join("; ")}` : ""}.`;
      break;
    case "LeveranciersbesluitGenomen":
      omschrijving = `Besluit leverancier: ${UITKOMST_TEKST[e.uitkomst]}${e.geleverd ? ` (${e.geleverd.aantal}: ${e.geleverd.toelichting})` : ""}${e.redenen.length ? ` — ${e.redenen.join("; ")}` : ""}.`;
      break;
    case "BesluitGenomen":
      namens = e.namens;
      omschrijving = `Besluit: ${UITKOMST_TEKST[e.uitkomst]}${e.geleverd ? ` (${e.geleverd.aantal}: ${e.geleverd.toelichting})` : ""}${e.redenen.length ? ` — ${e.redenen.join("; ")}` : ""}.`;
      break;
    case "KorpschefWeigerde":
      taakId =
        e.taakId ??
        (e.nieuweFase !== null ? `${e.nieuweFase}:politie-9-afwijzing-en-beroep/afwijzing` : null);
      omschrijving = `Korpschef wijst ${e.omvang === "afwijzen" ? "geheel" : "gedeeltelijk"} af: ${e.redenen.join("; ")} (afschrift aan DGPOL).`;
      break;
    case "BeroepIngesteld":
      omschrijving = `Beroep bij de minister ingesteld: ${e.toelichting}`;
      break;
    case "AdviesGegeven":
      omschrijving = `Advies gegeven: ${e.advies}`;
      break;
    case "AanwijzingGegeven":
      omschrijving =
        e.uitkomst === "goedkeuren"
          ? `Aanwijzing aan de korpschef: ${e.aanwijzing}`
          : `Geen aanwijzing: ${e.redenen.join("; ")}`;
      break;
    case "TelefonischContactVastgelegd":
      omschrijving = `Telefonisch contact ${e.van.naam} (${e.van.organisatieId}) → ${e.aan.naam} (${e.aan.organisatieId}) om ${e.gebeld}: ${e.afspraken}`;
      break;
    case "InzetGestart":
      omschrijving = e.formaliserenUiterlijk
        ? `Inzet gestart vóór formalisering; formulier uiterlijk ${e.formaliserenUiterlijk}.`
        : "Inzet gestart.";
      break;
    case "WijzigingAangevraagd":
      omschrijving = `Wijziging (${e.wijziging.soort}) aangevraagd: ${e.wijziging.reden}${e.nieuweFase !== null ? " — doorloopt de procedure opnieuw." : "."}`;
      break;
    case "Gedemobiliseerd":
      omschrijving = "Gedemobiliseerd.";
      break;
    case "Afgesloten":
      omschrijving = `Afgesloten; werkelijke kosten € ${(e.werkelijkeKosten.bedragCent / 100).toFixed(2)} (${e.werkelijkeKosten.toelichting}).`;
      break;
    case "EvaluatieVastgelegd":
      omschrijving = `Evaluatie: ${e.notitie}`;
      break;
    case "Ingetrokken":
      omschrijving = `Ingetrokken: ${e.reden}`;
      break;
    case "HerinneringVerstuurd":
      omschrijving = `Herinnering: ${e.reden}`;
      break;
    case "GeescaleerdNaarLocc":
      omschrijving = `Geëscaleerd naar het LOCC: ${e.reden}`;
      break;
  }
  return { op: e.op, type: e.type, door: e.door as Door, namens, omschrijving, taakId };
}

/** Rebuilds a request from its stored events (null when there are none). */
export function herbouw(events: readonly AanvraagEvent[]): Aanvraag | null {
  let a: Aanvraag | null = null;
  for (const e of events) a = evolve(a, e);
  return a;
}

export type { Afhandeling };
