// The router: a pure function from a question to exactly one advice, every reason cited.
// It follows the flowcharts of the two LOCC factsheets and the LCP-EGT guarding procedure; where
// an answer is missing or contradictory it throws VraagFout naming the field — it never guesses.
import { ROLLEN, type Rol } from "../organisaties/rollen.ts";
import { type Bron, citeer, fb, fp, lcp, pw } from "./bronnen.ts";
import { CATALOGUS_VERSIE, procedure } from "./catalogus.ts";
import { CONTACTEN, type Contact, type ContactId } from "./contacten.ts";
import type { Actor, Beslisser, Procedure, ProcedureId, Soort, Stap } from "./typen.ts";
import {
  BEVOLKINGSZORG_VELDEN,
  controleerVraag,
  POLITIE_VELDEN,
  type Vraag,
  VraagFout,
  type VraagFoutCode,
} from "./vraag.ts";

export type Uitkomst = "eigen-capaciteit" | "procedure" | "niet-toegestaan" | "andere-procedure";

export interface Reden {
  /** A Dutch sentence. */
  text: string;
  citation: Bron;
  /** The citation as a Dutch line ("LOCC-factsheet ... — Toelichting 4: ..."). */
  citationText: string;
}

export interface LegalBasis {
  law:
    | "Politiewet 2012"
    | "Wet veiligheidsregio's"
    | "Regeling militaire steunverlening in het openbaar belang"
    | "verdrag";
  article: number | null;
  paragraph: number | null;
}

export interface ContactAdvies extends Contact {
  /** What to do with this contact, in the source's words. */
  toelichting: string;
  /** The source says this contact is reachable 24/7 when urgent. */
  spoed247: boolean;
}

/** A catalogue step as it applies to this question (urgent or not). */
export interface AdviesStap extends Stap {
  /** Urgent and the step may be done by phone now; the written product follows afterwards. */
  telefonischNu: boolean;
  /** Dutch: how to do it ("telefonisch; formulier achteraf", "per e-mail", ...). */
  wijze: string;
}

export interface Instead {
  text: string;
  /** Procedures to use instead (may be empty when the source names no procedure). */
  procedureIds: ProcedureId[];
  citation: Bron;
}

export interface Advies {
  /** Catalogue version the advice was made with; a request keeps it. */
  catalogueVersion: string;
  outcome: Uitkomst;
  factsheet: "politie" | "bevolkingszorg" | "lcp-egt";
  /** Section of that source: the Toelichting number ("4"), a flowchart part or a heading id. */
  section: string;
  procedureId: ProcedureId | null;
  title: string;
  kind: Soort | null;
  legalBasis: LegalBasis | null;
  /** Role id of who requests and signs (the gezag / bevoegd bestuursorgaan). */
  authority: Rol | null;
  /** Role ids of who may prepare the request. */
  preparedBy: Rol[];
  firstContact: ContactAdvies | null;
  contacts: ContactAdvies[];
  decidedBy: Beslisser[];
  informed: string[];
  preconditions: { text: string; citation: Bron }[];
  costs: Procedure["kosten"] | null;
  steps: AdviesStap[];
  reasons: Reden[];
  instead: Instead | null;
  /** Where the source contradicts the law (or itself) and what the advice follows. */
  discrepancies: Procedure["afwijkingen"];
  /** The question as normalised (defaults filled in, derived answers set). */
  question: Vraag;
}

const reden = (text: string, citation: Bron): Reden => ({ text, citation, citationText: citeer(citation) });

function fout(veld: string, code: VraagFoutCode, melding: string): never {
  throw new VraagFout(veld, code, melding);
}

function contact(id: ContactId, toelichting: string, spoed247: boolean): ContactAdvies {
  return { ...CONTACTEN[id], toelichting, spoed247 };
}

const ROLNAAM: Partial<Record<Rol, string>> = {
  burgemeester: "de burgemeester",
  regioburgemeester: "de regioburgemeester",
  "officier-van-justitie": "de officier van justitie",
  "voorzitter-veiligheidsregio": "de voorzitter van de veiligheidsregio",
  "algemeen-commandant-bevolkingszorg": "de algemeen commandant bevolkingszorg",
  "ovd-bevolkingszorg": "de officier van dienst bevolkingszorg",
  "hoofd-taakorganisatie-crisiscommunicatie": "de hoofd taakorganisatie crisiscommunicatie",
  "hoofd-taakorganisatie-bevolkingszorg": "een hoofd taakorganisatie bevolkingszorg",
  "coordinerend-functionaris-bevolkingszorg": "de coördinerend functionaris bevolkingszorg",
  "rccb-medewerker": "RCCB",
  "nsgbo-sgbo": "de NSGBO (politie) of SGBO (KMar)",
};
const naam = (r: Rol) => ROLNAAM[r] ?? r;

/** The actor that stands for the authority in steps, when it differs from the catalogue's. */
function gezagActor(rol: Rol, catalogus: Actor): Actor {
  switch (rol) {
    case "officier-van-justitie":
      return { rol, relatie: "parket-van-ovj", organisatie: null, omschrijving: "Officier van justitie" };
    case "regioburgemeester":
      return {
        rol,
        relatie: "regio-van-eenheid",
        organisatie: null,
        omschrijving: "Regioburgemeester (primus inter pares)",
      };
    case "voorzitter-veiligheidsregio":
      return {
        rol,
        relatie: "aanvragende-veiligheidsregio",
        organisatie: null,
        omschrijving: "Voorzitter van de veiligheidsregio",
      };
    case "burgemeester":
      return { rol, relatie: "gemeente-van-inzet", organisatie: null, omschrijving: "Burgemeester" };
    default:
      // Another officer of the same requesting organisation (SIS: the officier van dienst; fb § 1:
      // a hoofd taakorganisatie or the coördinerend functionaris) stands where the catalogue's does.
      return { ...catalogus, rol, omschrijving: ROLLEN[rol] };
  }
}

interface Context {
  v: Vraag;
  urgent: boolean;
  locationBound: boolean;
}

interface ProcedureKeuze {
  id: ProcedureId;
  /** Null where no bevoegd gezag is needed (a water-cannon exercise, fp toelichting 2). */
  authority: Rol | null;
  /** Chosen legal basis when the entry has several (TIN: art. 58 or art. 62). */
  grondslagIndex?: number;
  reasons: Reden[];
  /** Steps (by id suffix) to leave out for this question. */
  zonder?: string[];
  firstContact?: ContactId;
  primusInterPares?: boolean;
}

function adviesVoorProcedure(ctx: Context, keuze: ProcedureKeuze): Advies {
  const p = procedure(keuze.id);
  const reasons = [...keuze.reasons];
  // Primus inter pares only where the source (or ADR 0100) gives it for this procedure.
  const pip = keuze.primusInterPares === true && p.primusInterPares !== null;
  const k: ProcedureKeuze = {
    ...keuze,
    primusInterPares: pip,
    authority: pip ? p.primusInterPares!.rol : keuze.authority,
  };
  if (keuze.primusInterPares && !pip)
    reasons.push(
      reden(
        "Dat de behoefte vooraf niet aan één gemeente te koppelen is, verandert voor deze procedure niets: de bron kent hier geen indiening als primus inter pares.",
        p.gezag.bron[0]!,
      ),
    );

  // A requester outside the procedure's list is refused, with who should file instead.
  const toegestaan = new Set<Rol>(
    p.magIndienen.rollen.filter((r) => !p.gezag.rollen.includes(r) || r === k.authority),
  );
  if (k.authority) toegestaan.add(k.authority);
  if (k.primusInterPares && p.primusInterPares) toegestaan.add(p.primusInterPares.rol);
  const requester = ctx.v.requester;
  if (requester && !toegestaan.has(requester)) {
    const bron = p.magIndienen.bron[0] ?? p.bron[0]!;
    const regio =
      requester === "regioburgemeester" && p.primusInterPares?.rol === "regioburgemeester"
        ? " De regioburgemeester dient alleen als primus inter pares in wanneer de bijstand vooraf niet aan één gemeente te koppelen is."
        : "";
    return {
      ...basis(ctx, p, "niet-toegestaan", k),
      steps: [],
      decidedBy: [],
      reasons: [
        ...reasons,
        reden(
          `${naam(requester)} kan deze aanvraag niet indienen: ${p.magIndienen.toelichting}${regio}`.replace(
            /^./,
            (c) => c.toUpperCase(),
          ),
          bron,
        ),
      ],
      instead: {
        text: `Laat ${naam(k.authority ?? p.voorbereiding.rollen[0]!)} het verzoek indienen volgens ${p.titel.toLowerCase()} (${p.factsheet}, ${p.sectie}).`,
        procedureIds: [p.id],
        citation: bron,
      },
    };
  }

  if (k.primusInterPares && p.primusInterPares)
    reasons.push(reden(p.primusInterPares.toelichting, p.primusInterPares.bron[0]!));
  for (const a of p.afwijkingen)
    reasons.push(reden(`Afwijking in de bron: ${a.bronZegt} Gevolgd: ${a.gevolgd}`, a.bron[0]!));

  const steps = aangepasteStappen(ctx, p, k);
  if (ctx.urgent) {
    if (p.stappen.some((s) => s.overslaanBijSpoed))
      reasons.push(
        reden(
          "Bij spoed wordt het verzoek gedaan zonder de regioburgemeester eerst in de gelegenheid te stellen zijn zienswijze te geven.",
          p.stappen.find((s) => s.overslaanBijSpoed)!.bron[0]!,
        ),
      );
    if (p.stappen.some((s) => s.telefonischVooraf))
      reasons.push(
        reden(
          "Bij spoed vindt het contact telefonisch plaats en wordt het verzoek achteraf schriftelijk geformaliseerd.",
          p.stappen.find((s) => s.telefonischVooraf)!.bron[0]!,
        ),
      );
  }
  return { ...basis(ctx, p, "procedure", k), steps, reasons };
}

function basis(ctx: Context, p: Procedure, outcome: Uitkomst, k: ProcedureKeuze): Advies {
  const g = p.grondslag.waarde?.[k.grondslagIndex ?? 0] ?? null;
  const decidedBy: Beslisser[] = [...p.besluit.door];
  if (p.leveranciersbesluit && !decidedBy.includes(p.leveranciersbesluit.door))
    decidedBy.push(p.leveranciersbesluit.door);
  const eerste = k.firstContact ?? p.eersteContact.contact;
  const contacten = [eerste, ...p.contacten.filter((c) => c !== eerste)];
  return {
    catalogueVersion: CATALOGUS_VERSIE,
    outcome,
    factsheet: p.factsheet,
    section: p.sectie,
    procedureId: p.id,
    title: p.titel,
    kind: p.soort.waarde,
    legalBasis: g ? { law: g.law, article: g.article, paragraph: g.paragraph } : null,
    authority: k.authority,
    preparedBy: [...p.voorbereiding.rollen],
    firstContact: contact(
      eerste,
      eerste === p.eersteContact.contact
        ? p.eersteContact.toelichting
        : "In spoedgevallen: rechtstreeks telefonisch contact.",
      eerste === p.eersteContact.contact ? p.eersteContact.spoed247 : false,
    ),
    contacts: contacten.map((c) => contact(c, CONTACTEN[c].naam, false)),
    decidedBy: filterBeslissers(ctx, p, decidedBy, k.authority),
    informed: p.informeren.map((i) => i.wie),
    preconditions: p.voorwaarden.map((w) => ({ text: w.tekst, citation: w.bron[0]! })),
    costs: p.kosten,
    steps: [],
    reasons: [],
    instead: null,
    discrepancies: p.afwijkingen,
    question: ctx.v,
  };
}

function filterBeslissers(ctx: Context, p: Procedure, d: Beslisser[], authority: Rol | null): Beslisser[] {
  // Bevolkingszorg §1: the beslissingsbevoegde functionaris who asks decides for the requesting
  // side, not the algemeen commandant the procedure names first (fb "Wie kan", ADR 0107).
  if (p.id === "bevolkingszorg-1-kennis-capaciteit") {
    const [eerste] = p.gezag.rollen;
    const vrager = authority && p.gezag.rollen.includes(authority) ? authority : eerste;
    const door = d.map((x) => (x === eerste && vrager ? vrager : x));
    // Knowledge only: no supplier decision on capacity.
    return ctx.v.need === "kennis" ? door.filter((x) => x !== "contactpersoon-bevolkingszorg") : door;
  }
  // SIS: whoever of the two officials activates it.
  if (p.id === "bevolkingszorg-2-sis")
    return [
      ctx.v.requester === "ovd-bevolkingszorg" ? "ovd-bevolkingszorg" : "algemeen-commandant-bevolkingszorg",
    ];
  return d;
}

function aangepasteStappen(ctx: Context, p: Procedure, k: ProcedureKeuze): AdviesStap[] {
  const authority = k.authority;
  const vervang =
    authority !== null && (authority !== p.gezag.rollen[0] || (k.primusInterPares && p.primusInterPares));
  return p.stappen
    .filter((s) => !(ctx.urgent && s.overslaanBijSpoed))
    .filter((s) => ctx.urgent || !s.alleenBijSpoed)
    .filter((s) => !(k.zonder ?? []).some((z) => s.id.endsWith(`/${z}`)))
    .map((s) => {
      // The authority signs, files, consents, appeals; where the procedure lets either of its
      // authorities act (SIS: "de algemeen commandant bevolkingszorg of de officier van dienst
      // bevolkingszorg"), the chosen one also takes the steps the catalogue gives the first.
      const actor =
        vervang &&
        s.actor.rol === p.gezag.rollen[0] &&
        (["ondertekenen", "beroep", "indienen", "instemmen"].includes(s.soort) ||
          p.gezag.rollen.includes(authority))
          ? gezagActor(authority, s.actor)
          : s.actor;
      // Who the LOCC answers is who asked (fb § 1 "geeft deze gegevens door"; as the request's
      // tasks do, rolVoor in src/domain/aanvragen/taken.ts).
      const aan =
        vervang && p.gezag.rollen.includes(authority)
          ? s.aan.map((a) => (a.rol === p.gezag.rollen[0] ? gezagActor(authority, a) : a))
          : s.aan;
      const telefonischNu = ctx.urgent && s.telefonischVooraf;
      return { ...s, actor, aan, telefonischNu, wijze: wijze(s, telefonischNu) };
    });
}

function wijze(s: Stap, telefonischNu: boolean): string {
  if (telefonischNu) return "telefonisch; schriftelijk achteraf formaliseren";
  switch (s.middel) {
    case "telefoon":
      return "telefonisch";
    case "e-mail":
      return "per e-mail";
    case "formulier":
      return "formulier";
    case "schriftelijk":
      return "schriftelijk";
    case "overleg":
      return "overleg";
    default:
      return "intern";
  }
}

function nietVanToepassing(v: Vraag, velden: readonly (keyof Vraag)[], sector: string): void {
  for (const veld of velden)
    if (v[veld] !== undefined)
      fout(veld, "niet-van-toepassing", `Veld "${veld}" hoort niet bij een vraag voor sector "${sector}".`);
}

/** The router. Throws VraagFout for invalid, incomplete or contradictory questions. */
export function route(invoer: unknown): Advies {
  const v = controleerVraag(invoer);
  const ctx: Context = { v, urgent: v.urgent ?? false, locationBound: v.locationBound ?? true };
  return v.sector === "politie" ? routePolitie(ctx) : routeBevolkingszorg(ctx);
}

function eenvoudigAdvies(
  ctx: Context,
  outcome: Uitkomst,
  factsheet: Advies["factsheet"],
  section: string,
  title: string,
  kind: Soort | null,
  reasons: Reden[],
  instead: Instead | null,
  authority: Rol | null = null,
): Advies {
  return {
    catalogueVersion: CATALOGUS_VERSIE,
    outcome,
    factsheet,
    section,
    procedureId: null,
    title,
    kind,
    legalBasis: null,
    authority,
    preparedBy: [],
    firstContact: null,
    contacts: [],
    decidedBy: [],
    informed: [],
    preconditions: [],
    costs: null,
    steps: [],
    reasons,
    instead,
    discrepancies: [],
    question: ctx.v,
  };
}

// ---------------------------------------------------------------- politie

function routePolitie(ctx: Context): Advies {
  const { v } = ctx;
  nietVanToepassing(v, BEVOLKINGSZORG_VELDEN, "politie");

  // §11 comes first: the regeling militaire steunverlening is never the route for police tasks.
  if (v.instrument === "militaire-steunverlening") return steunverleningVoorPolitie(ctx);

  if (v.means !== undefined && v.provider !== undefined && v.provider !== "middelen-jenv")
    fout(
      "means",
      "niet-van-toepassing",
      `Veld "means" hoort alleen bij provider "middelen-jenv", niet bij "${v.provider}".`,
    );
  if (v.exercise !== undefined) {
    // fp toelichting 2 names exercises for the water cannon only (ADR 0106).
    const anders =
      v.provider !== undefined && v.provider !== "middelen-jenv"
        ? `provider "${v.provider}"`
        : v.means !== undefined && v.means !== "waterwerper"
          ? `means "${v.means}"`
          : null;
    if (anders)
      fout(
        "exercise",
        "niet-van-toepassing",
        `Veld "exercise" hoort alleen bij de waterwerper (provider "middelen-jenv", means "waterwerper"); alleen daarvoor noemt de factsheet oefeningen, niet bij ${anders}.`,
      );
  }
  if (v.exercise === true) return oefeningWaterwerper(ctx);
  const tin = v.purpose === "bewaken-beveiligen";
  if (tin && v.provider !== undefined && v.provider !== "krijgsmacht")
    fout(
      "purpose",
      "tegenstrijdig",
      `Bewaken en beveiligen door TIN-pelotons is bijstand van Defensie (krijgsmacht); provider "${v.provider}" past daar niet bij.`,
    );
  // fp §4/§8 and flowchart A/B: the krijgsmacht comes in when police and KMar are exhausted, or
  // have not got the specialism; then neither can be the supplier (review F5, ADR 0105).
  const politieOp = v.policeCapacityExhausted === true || v.specialismUnavailable === true;
  if (!tin && politieOp && (v.provider === "politie" || v.provider === "kmar"))
    fout(
      "provider",
      "tegenstrijdig",
      `${v.policeCapacityExhausted === true ? "De capaciteit van politie en KMar is uitgeput" : "Het specialisme is binnen politie en KMar niet beschikbaar"}; dan kan ${v.provider === "politie" ? "een andere politie-eenheid" : "de KMar"} het niet leveren. Bijstand komt dan van de krijgsmacht (fp §4, §8).`,
    );
  if (v.recipient !== undefined && !tin)
    fout(
      "recipient",
      "niet-van-toepassing",
      'Veld "recipient" hoort alleen bij purpose "bewaken-beveiligen".',
    );
  if (tin && v.missingPerson)
    fout(
      "missingPerson",
      "tegenstrijdig",
      "Een zoekactie naar een vermiste persoon is geen statische objectbewaking (TIN-pelotons).",
    );

  // Flowchart question 1.
  let eigen = v.ownCapacitySufficient;
  if (eigen === undefined && (v.policeCapacityExhausted === true || v.refusedByKorpschef === true))
    eigen = false;
  if (eigen === undefined)
    fout(
      "ownCapacitySufficient",
      "ontbreekt",
      'Veld "ownCapacitySufficient" ontbreekt: is de capaciteit binnen de eenheid voldoende (na verificatie via RCCB)?',
    );
  if (eigen) {
    const extra = (["provider", "means", "purpose", "recipient", "refusedByKorpschef"] as const).find(
      (f) => v[f] !== undefined && v[f] !== null && v[f] !== false,
    );
    if (extra)
      fout(
        "ownCapacitySufficient",
        "tegenstrijdig",
        `De capaciteit binnen de eenheid is voldoende, maar veld "${extra}" vraagt om bijstand; een van beide klopt niet.`,
      );
    if (v.policeCapacityExhausted === true)
      fout(
        "ownCapacitySufficient",
        "tegenstrijdig",
        "De eigen capaciteit kan niet voldoende zijn als de politiecapaciteit uitgeput is.",
      );
    return eenvoudigAdvies(
      ctx,
      "eigen-capaciteit",
      "politie",
      "stroomschema-1",
      "Zelf in voorzien, einde bijstandsproces",
      null,
      [
        reden(
          "De capaciteit binnen de eenheid is voldoende (na verificatie via RCCB): zelf in voorzien, einde bijstandsproces.",
          fp("stroomschema-1"),
        ),
      ],
      null,
    );
  }

  const task = bepaalTaak(ctx, tin);
  if (task === "gezag-minister") return gezagMinister(ctx);
  const justitie = task === "strafrechtelijk";
  const authority: Rol = justitie ? "officier-van-justitie" : "burgemeester";
  const gezagReden = justitie
    ? reden(
        "Strafrechtelijke handhaving van de rechtsorde en taken ten dienste van justitie (waaronder het waken over de veiligheid van personen) vallen onder het gezag van de officier van justitie.",
        fp("politie-en-bevoegd-gezag"),
      )
    : reden(
        task === "hulpverlening"
          ? "Het verlenen van hulp aan hen die deze behoeven valt onder het gezag van de burgemeester; de vraag volgt route A (OO-taken)."
          : "De inzet ter handhaving van de openbare orde valt onder het gezag van de burgemeester.",
        fp("politie-en-bevoegd-gezag"),
      );
  const redenen: Reden[] = [
    reden(
      "De capaciteit binnen de eenheid is niet voldoende (na verificatie via RCCB); er is bijstand nodig.",
      fp("stroomschema-1"),
    ),
    ...vermissingRedenen(ctx),
    gezagReden,
  ];

  const provider = v.provider ?? (tin ? "krijgsmacht" : v.means !== undefined ? "middelen-jenv" : undefined);
  if (provider === undefined)
    fout(
      "provider",
      "ontbreekt",
      'Veld "provider" ontbreekt: van wie is capaciteit benodigd (politie, middelen-jenv, kmar, krijgsmacht, buitenland)?',
    );
  if (v.refusedByKorpschef && provider !== "politie")
    fout(
      "refusedByKorpschef",
      "tegenstrijdig",
      'Afwijzing door de korpschef (toelichting 9) gaat alleen over bijstand uit een andere politie-eenheid (provider "politie").',
    );

  // Primus inter pares applies only to the mayor's requests.
  const pip = !justitie && !ctx.locationBound;
  if (!ctx.locationBound && justitie)
    redenen.push(
      reden(
        "Of de bijstand aan één gemeente te koppelen is, maakt voor justitiële taken niet uit: de officier van justitie dient in.",
        fp("politie-en-bevoegd-gezag"),
      ),
    );
  const gezag: Rol = authority;

  switch (provider) {
    case "politie": {
      if (v.refusedByKorpschef) {
        return adviesVoorProcedure(ctx, {
          id: "politie-9-afwijzing-en-beroep",
          authority: gezag,
          primusInterPares: pip,
          reasons: [
            ...redenen,
            reden(
              "De korpschef heeft het verzoek om bijstand uit een andere eenheid geheel of gedeeltelijk afgewezen; wie het verzoek deed, kan de minister vragen de korpschef op te dragen alsnog in de bijstand te voorzien.",
              fp("9"),
            ),
            reden(
              "Art. 56 lid 4 Politiewet 2012 geeft dit beroep aan de burgemeester onderscheidenlijk de officier van justitie.",
              pw("art-56-lid-4"),
            ),
          ],
        });
      }
      const id = justitie
        ? "politie-6-bijstand-andere-eenheid-justitie"
        : "politie-1-bijstand-andere-eenheid-oo";
      const extra: Reden[] = [
        reden(
          justitie
            ? "Bijstand van een andere eenheid voor justitiële taken: de officier van justitie richt het verzoek aan de korpschef (art. 56 lid 2 Politiewet 2012)."
            : "Bijstand van een andere eenheid voor de openbare orde: de burgemeester richt het verzoek aan de korpschef (art. 56 lid 1 Politiewet 2012).",
          fp(justitie ? "6" : "1"),
        ),
      ];
      if (!ctx.urgent)
        extra.push(
          reden(
            "Behoudens in spoedeisende gevallen wordt het verzoek pas gedaan nadat de regioburgemeester in de gelegenheid is gesteld zijn zienswijze te geven.",
            fp(justitie ? "6" : "1"),
          ),
        );
      return adviesVoorProcedure(ctx, {
        id,
        authority: gezag,
        primusInterPares: pip,
        reasons: [...redenen, ...extra],
        // The regioburgemeester who files himself needs no separate zienswijze.
        zonder: pip ? ["zienswijze"] : [],
      });
    }
    case "middelen-jenv": {
      if (v.means === undefined)
        fout(
          "means",
          "ontbreekt",
          'Veld "means" ontbreekt: welk middel van het ministerie (waterwerper, bewakingscontainer, vrt)?',
        );
      const waterwerper = v.means === "waterwerper";
      const gezagOpFormulier = reden(
        "Bij een daadwerkelijke inzet moet uit het aanvraagformulier blijken wie het bevoegd gezag is; bij een oefening is dat niet nodig.",
        fp("2"),
      );
      return adviesVoorProcedure(ctx, {
        id: waterwerper ? "politie-2-waterwerper" : "politie-2-bewakingscontainer-vrt",
        authority: gezag,
        primusInterPares: pip,
        reasons: [
          ...redenen,
          reden(
            "Waterwerpers, bewakingscontainers en VRT-voertuigen zijn middelen van het ministerie, beheerd door het IFV; inzet is mogelijk onder gezag van de burgemeester of de officier van justitie.",
            fp("2"),
          ),
          reden(
            waterwerper
              ? "Voor inzet van een waterwerper (ook bij oefeningen) neemt RCCB contact op met het LOCC, dat de aanvraag toetst."
              : "Voor bewakingscontainers en VRT-voertuigen neemt RCCB contact op met de piketambtenaar DB3 van de NCTV, die toestemming geeft of weigert.",
            fp("2"),
          ),
          ...(waterwerper ? [gezagOpFormulier] : []),
        ],
      });
    }
    case "kmar":
      return adviesVoorProcedure(ctx, {
        id: justitie ? "politie-7-kmar-justitie" : "politie-3-kmar-oo",
        authority: gezag,
        primusInterPares: pip,
        firstContact: justitie && ctx.urgent ? "ozi" : undefined,
        reasons: [
          ...redenen,
          reden(
            "De KMar kan bijstand verlenen, ook als de capaciteit van de politie nog niet uitgeput is; een expliciet KMar-verzoek is mogelijk.",
            fp(justitie ? "7" : "3"),
          ),
          ...(justitie
            ? [
                reden(
                  "De aanvraag voor militaire bijstand voor justitiële taken doet de officier van justitie zelf, via het College van procureurs-generaal; het formulier wordt niet vanuit de politie ingezonden.",
                  fp("7"),
                ),
              ]
            : []),
        ],
      });
    case "krijgsmacht":
      return tin
        ? routeTin(ctx, redenen)
        : routeKrijgsmacht(ctx, justitie, pip ? "regioburgemeester" : gezag, pip, redenen);
    case "buitenland":
      if (justitie)
        return {
          ...adviesVoorProcedure(ctx, {
            id: "politie-b-buitenland-justitie",
            authority: "officier-van-justitie",
            reasons: redenen,
          }),
          outcome: "andere-procedure",
          reasons: [
            ...redenen,
            reden(
              "Voor bijstand van buitenlandse politie bij justitiële taken gelden afzonderlijke strafvorderlijke procedures; neem contact op met de officier van justitie.",
              fp("stroomschema-B"),
            ),
          ],
          instead: {
            text: "Neem contact op met de officier van justitie; hiervoor gelden afzonderlijke strafvorderlijke procedures (verdragen BeNeLux, Enschede, Prüm). De factsheet beschrijft deze procedures niet.",
            procedureIds: [],
            citation: fp("stroomschema-B"),
          },
        };
      return adviesVoorProcedure(ctx, {
        id: "politie-5-buitenland-oo",
        authority: "burgemeester",
        reasons: [
          ...redenen,
          reden(
            "Diverse verdragen (BeNeLux, Enschede, Prüm) maken bijstand van buitenlandse politie-eenheden mogelijk; LE-POB stelt de soort bijstand vast en het LOCC formaliseert.",
            fp("5"),
          ),
        ],
      });
  }
}

/**
 * A water-cannon exercise (fp toelichting 2: "ook bij oefeningen … Bij een oefening is dat niet
 * nodig"): the same procedure, without a bevoegd gezag. Neither the police task nor flowchart
 * question 1 is needed: both are about a deployment (ADR 0106).
 */
function oefeningWaterwerper(ctx: Context): Advies {
  const { v } = ctx;
  const inzet = (
    [
      ["missingPerson", "een zoekactie naar een vermiste persoon"],
      ["purpose", "bewaken en beveiligen door Defensie"],
      ["refusedByKorpschef", "een afgewezen verzoek om bijstand"],
    ] as const
  ).find(([f]) => v[f] !== undefined && v[f] !== null && v[f] !== false);
  if (inzet)
    fout(
      "exercise",
      "tegenstrijdig",
      `Een oefening met een waterwerper is geen daadwerkelijke inzet; ${inzet[1]} (veld "${inzet[0]}") is dat wel.`,
    );
  if (v.ownCapacitySufficient === true)
    fout(
      "ownCapacitySufficient",
      "tegenstrijdig",
      'De capaciteit binnen de eenheid is voldoende, maar veld "exercise" vraagt om een waterwerper van het ministerie; een van beide klopt niet.',
    );
  if (v.task === "gezag-minister")
    fout(
      "task",
      "tegenstrijdig",
      "Taken onder rechtstreeks gezag van de Minister vallen buiten de factsheet; een oefening met een waterwerper van het ministerie volgt toelichting 2.",
    );
  const reasons: Reden[] = [
    reden(
      "Voor inzet van een waterwerper, ook bij oefeningen, neemt RCCB contact op met het LOCC; het LOCC toetst de aanvraag, legt contact met de beheersorganisatie en coördineert de verdere inzet met RCCB.",
      fp("2"),
    ),
    reden(
      "Bij een oefening hoeft uit het aanvraagformulier niet te blijken wie het bevoegd gezag is; dat is alleen nodig bij een daadwerkelijke inzet.",
      fp("2"),
    ),
    reden("Waterwerpers zijn middelen van het ministerie, beheerd door het IFV.", fp("2")),
  ];
  if (v.task !== undefined)
    reasons.push(
      reden(
        "De politietaak waarvoor geoefend wordt, maakt geen bevoegd gezag nodig: er is geen inzet onder gezag van de burgemeester of de officier van justitie.",
        fp("2"),
      ),
    );
  const advies = adviesVoorProcedure(ctx, { id: "politie-2-waterwerper", authority: null, reasons });
  if (advies.outcome !== "procedure") return advies;
  return {
    ...advies,
    title: `${advies.title} (oefening)`,
    // Flowchart question 1 is about a deployment; an exercise does not answer it.
    preconditions: advies.preconditions.filter((w) => w.citation.sectie !== "stroomschema-1"),
  };
}

function bepaalTaak(ctx: Context, tin: boolean): NonNullable<Vraag["task"]> {
  const { v } = ctx;
  const mp = v.missingPerson;
  if (mp && v.task === "gezag-minister")
    fout(
      "task",
      "tegenstrijdig",
      "Het zoeken naar een vermiste persoon valt onder het gezag van de burgemeester (zonder indicatie van een misdrijf) of van de officier van justitie, niet onder rechtstreeks gezag van de Minister.",
    );
  if (mp) {
    if (mp.crimeIndication && v.task !== undefined && v.task !== "strafrechtelijk")
      fout(
        "task",
        "tegenstrijdig",
        `Bij een vermissing met (mogelijk) een misdrijf valt de inzet onder het gezag van de officier van justitie (task "strafrechtelijk"), niet "${v.task}".`,
      );
    if (!mp.crimeIndication && v.task === "strafrechtelijk")
      fout(
        "task",
        "tegenstrijdig",
        'Bij een vermissing zonder indicatie van een misdrijf valt de inzet onder het gezag van de burgemeester (hulpverlening), niet task "strafrechtelijk".',
      );
    return v.task ?? (mp.crimeIndication ? "strafrechtelijk" : "hulpverlening");
  }
  if (tin) {
    if (v.task !== undefined && v.task !== "strafrechtelijk")
      fout(
        "task",
        "tegenstrijdig",
        // Coverage review D7: say where a mayor's guarding need does go.
        `Bijstand van Defensie op bewaken en beveiligen (TIN-pelotons) vindt plaats onder het gezag van de officier van justitie; task "${v.task}" past daar niet bij (LCP §6.2.2). Is bewaking nodig onder gezag van de burgemeester, kies dan geen TIN maar bijstand van de krijgsmacht voor de openbare orde (provider "krijgsmacht", factsheet politie §4, art. 58 lid 1 Politiewet 2012; alleen als politie en KMar niet toereikend zijn). TIN zelf vraagt de NSGBO of SGBO aan met instemming van de officier van justitie.`,
      );
    return "strafrechtelijk";
  }
  if (v.task === undefined)
    fout(
      "task",
      "ontbreekt",
      'Veld "task" ontbreekt: voor welke politietaak is capaciteit benodigd (openbare-orde, hulpverlening, strafrechtelijk)?',
    );
  return v.task;
}

/**
 * Footnote 2 of the police factsheet: assistance for tasks under the Minister's direct authority is
 * outside the factsheet; the Minister gives orders (for the LE's guarding task: art. 56 lid 5
 * Politiewet 2012). No procedure, no mayor or prosecutor (ADR 0104).
 */
function gezagMinister(ctx: Context): Advies {
  return eenvoudigAdvies(
    ctx,
    "andere-procedure",
    "politie",
    "voetnoot-2",
    "Bijstand voor politietaken onder rechtstreeks gezag van de Minister",
    null,
    [
      reden(
        "De capaciteit binnen de eenheid is niet voldoende (na verificatie via RCCB); er is bijstand nodig.",
        fp("stroomschema-1"),
      ),
      reden(
        "Bijstand voor politietaken die worden verricht onder rechtstreeks gezag van de Minister van Veiligheid en Justitie valt buiten het bereik van de factsheet; de Minister kan in zulke gevallen opdrachten geven.",
        fp("politie-en-bevoegd-gezag"),
      ),
      reden(
        "Het gaat om taken in het kader van bewaking en beveiliging in het rijksdomein of handhaving van de Vreemdelingenwetgeving.",
        fp("voetnoot-2"),
      ),
      reden(
        "Behoeft de landelijke eenheid bijstand van andere eenheden bij de uitoefening van haar taak van artikel 42, eerste lid, onder c, dan verstrekt de Minister aan de korpschef de nodige opdrachten (artikel 56 lid 5 Politiewet 2012).",
        pw("art-56-lid-5"),
      ),
    ],
    {
      text: "Leg de behoefte aan capaciteit voor aan de Minister van Veiligheid en Justitie, onder wiens rechtstreeks gezag de taak valt; hij kan de korpschef opdrachten geven. De procedures van deze wegwijzer (burgemeester of officier van justitie) zijn hiervoor niet bedoeld.",
      procedureIds: [],
      citation: fp("politie-en-bevoegd-gezag"),
    },
  );
}

function vermissingRedenen(ctx: Context): Reden[] {
  const mp = ctx.v.missingPerson;
  if (!mp) return [];
  return [
    reden(
      mp.crimeIndication
        ? "Bij een vermissing waarbij (mogelijk) sprake is van een misdrijf vindt de politie-inzet plaats onder gezag van de officier van justitie."
        : "Bij een vermissing zonder indicatie van een misdrijf vindt de politie-inzet plaats onder gezag van de burgemeester (hulpverlening aan hen die deze behoeven).",
      fp("12"),
    ),
  ];
}

function routeKrijgsmacht(
  ctx: Context,
  justitie: boolean,
  gezag: Rol,
  pip: boolean,
  redenen: Reden[],
): Advies {
  const { v } = ctx;
  const sectie = justitie ? "8" : "4";
  const id: ProcedureId = justitie ? "politie-8-krijgsmacht-justitie" : "politie-4-krijgsmacht-oo";
  const uitgeput = v.policeCapacityExhausted;
  const specialisme = v.specialismUnavailable;
  if (uitgeput !== true && specialisme !== true) {
    if (uitgeput === undefined)
      fout(
        "policeCapacityExhausted",
        "ontbreekt",
        'Veld "policeCapacityExhausted" ontbreekt: is de capaciteit van politie (en KMar) uitgeput? Zonder uitputting of ontbrekend specialisme is bijstand van de krijgsmacht niet mogelijk.',
      );
    if (specialisme === undefined)
      fout(
        "specialismUnavailable",
        "ontbreekt",
        'Veld "specialismUnavailable" ontbreekt: is een specialisme binnen politie of KMar niet beschikbaar?',
      );
    const p = procedure(id);
    const bron = fp(justitie ? "stroomschema-B" : "stroomschema-A");
    return {
      ...eenvoudigAdvies(
        ctx,
        "niet-toegestaan",
        "politie",
        sectie,
        p.titel,
        "bijstand",
        [
          ...redenen,
          reden(
            justitie
              ? "Bijstand van andere delen van de krijgsmacht kan alleen als de politiecapaciteit uitgeput is of een specialisme binnen politie of KMar niet beschikbaar is; geen van beide is het geval."
              : "Bijstand van andere delen van de krijgsmacht kan alleen als politie- of KMar-capaciteiten uitgeput zijn of een specialisme binnen politie of KMar niet beschikbaar is; geen van beide is het geval.",
            bron,
          ),
          reden(
            "Andere delen van de krijgsmacht komen pas in beeld als politie of KMar niet kunnen voorzien in de bijstandsaanvraag.",
            fp(sectie),
          ),
        ],
        {
          text: justitie
            ? "Vraag bijstand van een andere politie-eenheid (toelichting 6) of van de KMar (toelichting 7; uitputting van de politie is daarvoor niet nodig)."
            : "Vraag bijstand van een andere politie-eenheid (toelichting 1) of van de KMar (toelichting 3; uitputting van de politie is daarvoor niet nodig).",
          procedureIds: justitie
            ? ["politie-6-bijstand-andere-eenheid-justitie", "politie-7-kmar-justitie"]
            : ["politie-1-bijstand-andere-eenheid-oo", "politie-3-kmar-oo"],
          citation: bron,
        },
        gezag,
      ),
      procedureId: id,
      legalBasis: { law: "Politiewet 2012", article: 58, paragraph: 1 },
    };
  }
  const extra: Reden[] = [
    reden(
      uitgeput
        ? "De politiecapaciteit is uitgeput; andere delen van de krijgsmacht kunnen bijstand verlenen."
        : "Een specialisme is binnen politie of KMar niet beschikbaar (alleen binnen de krijgsmacht); andere delen van de krijgsmacht kunnen bijstand verlenen.",
      fp(justitie ? "stroomschema-B" : "stroomschema-A"),
    ),
    reden(
      "LE-POB toetst eerst of de Nationale politie daadwerkelijk is uitgeput en het resultaat niet anderszins met eigen middelen te bereiken is.",
      fp(sectie),
    ),
  ];
  if (justitie)
    extra.push(
      reden(
        "De aanvraag voor militaire bijstand voor justitiële taken doet de officier van justitie zelf, via het College van procureurs-generaal en OZI.",
        fp("voetnoot-3"),
      ),
    );
  if (ctx.v.missingPerson?.crimeIndication)
    extra.push(
      reden(
        "Bij een vermissing onder gezag van de officier van justitie waarvoor militaire bijstand nodig is, geldt de procedure van toelichting 8 (de factsheet verwijst naar '8 of 9'; zie ADR 0100).",
        fp("12"),
      ),
    );
  extra.push(
    reden("Additionele uitgaven voor militaire bijstand worden vergoed uit het FNIK-budget.", fp("10")),
  );
  return adviesVoorProcedure(ctx, {
    id,
    authority: gezag,
    primusInterPares: pip,
    reasons: [...redenen, ...extra],
  });
}

function routeTin(ctx: Context, redenen: Reden[]): Advies {
  const { v } = ctx;
  const kmar = v.recipient === "kmar";
  const id: ProcedureId = "lcp-egt-tin-bewaken-beveiligen";
  if (v.policeCapacityExhausted === undefined)
    fout(
      "policeCapacityExhausted",
      "ontbreekt",
      'Veld "policeCapacityExhausted" ontbreekt: is de gewenste bewakingscapaciteit groter dan de beschikbare personeelscapaciteit?',
    );
  if (v.policeCapacityExhausted === false)
    return {
      ...eenvoudigAdvies(
        ctx,
        "niet-toegestaan",
        "lcp-egt",
        "bijstand-defensie-bewaken-beveiligen",
        procedure(id).titel,
        "bijstand",
        [
          ...redenen,
          reden(
            "Bijstand van Defensie op bewaken en beveiligen kan alleen als de gewenste capaciteit groter is dan de beschikbare personeelscapaciteit; dat is niet het geval.",
            lcp("bijstand-defensie-bewaken-beveiligen"),
          ),
        ],
        // For the KMar the other way round applies: the police assist the KMar (art. 61), not
        // the KMar the police; no procedure of the catalogue covers that (ADR 0100, reading 30).
        kmar
          ? {
              text: "Zet de eigen bewakingseenheden van de KMar in. Andersom dan bij de politie kan de politie bijstand verlenen aan de KMar, op grond van artikel 61 Politiewet 2012; daarvoor heeft deze wegwijzer geen procedure.",
              procedureIds: [],
              citation: lcp("6.2.2"),
            }
          : {
              text: "Zet de eigen bewakingseenheden van de politie in, of vraag bijstand van een andere politie-eenheid (toelichting 6) of van de KMar (toelichting 7).",
              procedureIds: ["politie-6-bijstand-andere-eenheid-justitie", "politie-7-kmar-justitie"],
              citation: lcp("bijstand-defensie-bewaken-beveiligen"),
            },
        "officier-van-justitie",
      ),
      procedureId: id,
      legalBasis: { law: "Politiewet 2012", article: kmar ? 62 : 58, paragraph: kmar ? null : 1 },
    };
  return adviesVoorProcedure(ctx, {
    id,
    authority: "officier-van-justitie",
    grondslagIndex: kmar ? 1 : 0,
    reasons: [
      ...redenen,
      reden(
        "Bij een concrete dreiging van extreem geweld, waaronder terrorisme, en een gewenste capaciteit groter dan de beschikbare personeelscapaciteit, kan bijstand van Defensie worden aangevraagd voor statische objectbewaking van risico-objecten (TIN-pelotons).",
        lcp("bijstand-defensie-bewaken-beveiligen"),
      ),
      // Coverage review D8: the principle behind asking, and TIN's limited duration (ADR 0620).
      reden(
        "Uitgangspunt is dat de operationele diensten in de eerste uren aangewezen zijn op hun eigen capaciteit; de TIN-capaciteit is georganiseerd met een verkorte reactietijd en voor een beperkte tijdsduur, dus de aanvraag noemt een einde.",
        lcp("6.2.2"),
      ),
      reden(
        kmar
          ? "In bijzondere gevallen vindt de inzet plaats in bijstand aan de KMar, op grond van artikel 62 Politiewet."
          : "De inzet vindt plaats in bijstand aan de politie op grond van artikel 58 Politiewet.",
        lcp("bijstand-defensie-bewaken-beveiligen"),
      ),
      reden(
        "Deze bijstand vindt plaats onder het gezag van de officier van justitie; de NSGBO (politie) of SGBO (KMar) dient met instemming van de officier van justitie het verzoek in bij de Minister van Justitie en Veiligheid, en de CBB van de NCTV oordeelt.",
        lcp("aanvraag-defensiecapaciteit"),
      ),
    ],
  });
}

/** §11: military support under the regeling is not available for police tasks. */
function steunverleningVoorPolitie(ctx: Context): Advies {
  const { v } = ctx;
  const ovj = v.requester === "officier-van-justitie";
  const justitie =
    v.task === "strafrechtelijk" ||
    v.missingPerson?.crimeIndication === true ||
    v.purpose === "bewaken-beveiligen";
  const reasons = [
    ovj
      ? reden(
          "Een officier van justitie kan geen militaire steunverlening aanvragen op grond van de regeling militaire steunverlening in het openbaar belang.",
          fp("11"),
        )
      : reden(
          "Een burgemeester kan militaire steunverlening aanvragen, maar niet voor het laten verrichten van politietaken: daarop is de Politiewet 2012 van toepassing.",
          fp("11"),
        ),
    reden(
      "Gaat het om doeleinden binnen het taakveld van de politie, dan gaat het om bijstand in het kader van de Politiewet.",
      fb("voetnoot-8"),
    ),
  ];
  const procedureIds: ProcedureId[] =
    v.purpose === "bewaken-beveiligen"
      ? ["lcp-egt-tin-bewaken-beveiligen"]
      : justitie || ovj
        ? ["politie-8-krijgsmacht-justitie", "politie-7-kmar-justitie"]
        : ["politie-4-krijgsmacht-oo", "politie-3-kmar-oo"];
  return eenvoudigAdvies(
    ctx,
    "niet-toegestaan",
    "politie",
    "11",
    "Militaire steunverlening in het openbaar belang voor politietaken",
    "militaire-steunverlening",
    reasons,
    {
      text: ovj
        ? "Vraag militaire bijstand op grond van de Politiewet 2012: als officier van justitie via het College van procureurs-generaal en OZI (toelichting 8, of KMar: toelichting 7)."
        : justitie
          ? "Vraag militaire bijstand op grond van de Politiewet 2012 via de officier van justitie (toelichting 8, of KMar: toelichting 7)."
          : "Vraag militaire bijstand op grond van de Politiewet 2012 (andere delen van de krijgsmacht: toelichting 4; KMar: toelichting 3).",
      procedureIds,
      citation: fp("11"),
    },
    null,
  );
}

// ---------------------------------------------------------------- bevolkingszorg

/**
 * fb "Wie kan steunverlening verzoeken?": the ondersteuningsvraag between municipalities comes from
 * "een algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris"
 * (ADR 0107). Whoever of them asks is the authority; without a requester, the ACB (fb § 1).
 */
function beslissingsbevoegde(requester: Rol | undefined): Rol {
  const wie = procedure("bevolkingszorg-1-kennis-capaciteit").gezag.rollen;
  return requester && wie.includes(requester) ? requester : "algemeen-commandant-bevolkingszorg";
}

function routeBevolkingszorg(ctx: Context): Advies {
  const { v } = ctx;
  nietVanToepassing(v, POLITIE_VELDEN, "bevolkingszorg");
  let need = v.need;
  if (v.instrument === "militaire-steunverlening") {
    if (need === undefined) need = "defensie-openbaar-belang";
    else if (need === "defensie-crisisbeheersing")
      return {
        ...adviesVoorProcedure(ctx, {
          id: "bevolkingszorg-5-defensie-crisisbeheersing",
          authority: "voorzitter-veiligheidsregio",
          reasons: [],
        }),
        outcome: "andere-procedure",
        steps: [],
        reasons: [
          reden(
            "Militaire steunverlening in het openbaar belang is voor taken niet zijnde crisisbeheersing; capaciteiten van defensie ten behoeve van crisisbeheersing vraagt u als bijstand op grond van artikel 51 Wet veiligheidsregio's.",
            fb("welke-steunverlening"),
          ),
        ],
        instead: {
          text: "Vraag bijstand van defensie voor crisisbeheersing aan (toelichting 5), ondertekend door of namens de voorzitter van de veiligheidsregio.",
          procedureIds: ["bevolkingszorg-5-defensie-crisisbeheersing"],
          citation: fb("5"),
        },
      };
    else if (need !== "defensie-openbaar-belang")
      fout(
        "instrument",
        "tegenstrijdig",
        `Militaire steunverlening in het openbaar belang is steun van defensie; behoefte "${need}" is geen defensiecapaciteit.`,
      );
  }
  if (need === undefined)
    fout(
      "need",
      "ontbreekt",
      'Veld "need" ontbreekt: wat heeft u tijdens de acute fase of opschaling nodig?',
    );

  const steun: Reden = reden(
    "Er is sprake van steunverlening wanneer bevolkingszorg gebruik maakt van kennis of capaciteit buiten de eigen regio; het LOCC faciliteert en coördineert.",
    fb("wanneer-steunverlening"),
  );
  const kosteloos = reden(
    "Het LOCC brengt geen kosten in rekening; de steunverlenende partij kan dat wel.",
    fb("rol-locc"),
  );
  const ondersteuning = reden(
    "Dit is ondersteuning: steunverlening in het kader van crisisbeheersing door organisaties die niet in de Wet veiligheidsregio's zijn opgesomd.",
    fb("welke-steunverlening"),
  );
  const ambulanceplan = reden(
    "Met betrekking tot de geneeskundige hulpverlening kan de meldkamer het ambulancebijstandsplan in werking stellen op het moment dat er meer ambulances nodig zijn dan er op dat moment paraat zijn in de eigen regio.",
    lcp("6.2.2"),
  );
  const art51 = reden(
    "Dit is bijstand op grond van artikel 51 Wet veiligheidsregio's; die kan alleen door de voorzitter van de veiligheidsregio worden aangevraagd, via het LOCC.",
    fb("wie-kan-verzoeken"),
  );
  switch (need) {
    case "kennis":
    case "capaciteit-bevolkingszorg":
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-1-kennis-capaciteit",
        authority: beslissingsbevoegde(v.requester),
        zonder: need === "kennis" ? ["afstemmen-gezag"] : [],
        reasons: [
          steun,
          ondersteuning,
          reden(
            "Met het oog op de eventuele bijkomende kosten doet een functionaris van bevolkingszorg die beslissingsbevoegd is de ondersteuningsvraag: een algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris.",
            fb("wie-kan-verzoeken"),
          ),
          reden(
            need === "kennis"
              ? "Voor kennis en ervaring van een bevolkingszorgproces of ramptype treedt het LOCC op als kennismakelaar tussen de regio's."
              : "Voor extra bevolkingszorgmedewerkers van een andere regio treedt het LOCC op als capaciteitenmakelaar; de regionale capaciteit moet uitgeput zijn.",
            fb("1"),
          ),
          kosteloos,
        ],
      });
    case "sis":
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-2-sis",
        authority:
          v.requester === "ovd-bevolkingszorg" ? "ovd-bevolkingszorg" : "algemeen-commandant-bevolkingszorg",
        reasons: [
          steun,
          ondersteuning,
          reden(
            "De officier van dienst bevolkingszorg of de algemeen commandant bevolkingszorg activeert de landelijke voorziening SIS telefonisch via het LOCC.",
            fb("2"),
          ),
        ],
      });
    case "btc":
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-3-btc",
        authority: "hoofd-taakorganisatie-crisiscommunicatie",
        reasons: [
          steun,
          ondersteuning,
          reden(
            "Door of namens de hoofd taakorganisatie crisiscommunicatie wordt contact opgenomen met het NCC; gaat het om capaciteit, dan wordt eerst de regionale pool uitgeput.",
            fb("3"),
          ),
        ],
      });
    case "ifv-middelen":
    case "middelen-hulpdiensten":
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-4-middelen",
        authority: "voorzitter-veiligheidsregio",
        reasons: [
          steun,
          art51,
          reden(
            need === "ifv-middelen"
              ? "Extra middelen van de database bovenregionale bijstand van het IFV (dekens, noodopvangsets, slaapzakken) zijn bijstand; voor de middelen van het IFV is een catalogus en prijslijst voor handen."
              : "Extra middelen van brandweer, ambulancediensten, provinciale diensten of andere rijksdiensten zijn bijstand op grond van artikel 51 Wet veiligheidsregio's.",
            fb("4"),
          ),
          ...(need === "middelen-hulpdiensten" ? [ambulanceplan] : []),
        ],
      });
    case "ambulances":
      // LCP § 6.2.2: the acute shortage of ambulances has its own route, not a request via the
      // LOCC (ADR 0102).
      return eenvoudigAdvies(
        ctx,
        "andere-procedure",
        "lcp-egt",
        "6.2.2",
        "Ambulancebijstandsplan (geneeskundige hulpverlening)",
        null,
        [ambulanceplan],
        {
          text: "Laat de meldkamer het ambulancebijstandsplan in werking stellen. Deze wegwijzer en het LOCC-aanvraagformulier zijn daarvoor niet nodig; andere middelen van ambulancediensten vraagt de voorzitter van de veiligheidsregio als bijstand aan (bevolkingszorg, toelichting 4).",
          procedureIds: [],
          citation: lcp("6.2.2"),
        },
      );
    case "defensie-crisisbeheersing":
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-5-defensie-crisisbeheersing",
        authority: "voorzitter-veiligheidsregio",
        reasons: [
          steun,
          art51,
          reden(
            "Capaciteiten van defensie ten behoeve van crisisbeheersing (catalogus nationale operaties) zijn bijstand; de Commandant der Strijdkrachten besluit namens de Minister van Defensie.",
            fb("5"),
          ),
          reden("Uitgaven voor militaire bijstand worden vergoed uit het FNIK-budget.", fb("5")),
        ],
      });
    case "defensie-openbaar-belang": {
      const andereBestuursorganen = reden(
        "Andere bevoegde bestuursorganen zijn de Commissaris van de Koning en de Minister; de factsheet beschrijft hun aanvraag niet, deze wegwijzer dus ook niet.",
        fb("voetnoot-4"),
      );
      if (v.requester === "officier-van-justitie") {
        const p = procedure("bevolkingszorg-6-militaire-steunverlening");
        return {
          ...eenvoudigAdvies(
            ctx,
            "niet-toegestaan",
            "bevolkingszorg",
            "6",
            p.titel,
            "militaire-steunverlening",
            [
              reden(
                "Een officier van justitie kan geen militaire steunverlening aanvragen op grond van de regeling militaire steunverlening in het openbaar belang.",
                fp("11"),
              ),
            ],
            {
              text: "Laat het bevoegde bestuursorgaan (de burgemeester van de getroffen gemeente of de voorzitter van de veiligheidsregio; andere bevoegde bestuursorganen zijn de Commissaris van de Koning en de Minister) de militaire steunverlening aanvragen; voor justitiële politietaken geldt militaire bijstand via de officier van justitie (politie toelichting 8).",
              procedureIds: ["bevolkingszorg-6-militaire-steunverlening", "politie-8-krijgsmacht-justitie"],
              citation: fp("11"),
            },
            ctx.locationBound ? "burgemeester" : "voorzitter-veiligheidsregio",
          ),
          procedureId: p.id,
        };
      }
      // Footnote 4 names the Minister as a bevoegd bestuursorgaan too, but no procedure for him (ADR 0107).
      if (v.requester === "minister-jenv") {
        const p = procedure("bevolkingszorg-6-militaire-steunverlening");
        return {
          ...eenvoudigAdvies(
            ctx,
            "andere-procedure",
            "bevolkingszorg",
            "voetnoot-4",
            p.titel,
            "militaire-steunverlening",
            [
              andereBestuursorganen,
              reden(
                "Bijstand en militaire steunverlening in het openbaar belang dienen via het LOCC te worden aangevraagd.",
                fb("rol-locc"),
              ),
            ],
            {
              text: "De Minister is een ander bevoegd bestuursorgaan, maar de procedure van toelichting 6 is geschreven voor de burgemeester of de voorzitter van de veiligheidsregio (opgesteld door het team bevolkingszorg). Neem contact op met het LOCC, via welke militaire steunverlening wordt aangevraagd.",
              procedureIds: [],
              citation: fb("rol-locc"),
            },
          ),
          procedureId: p.id,
        };
      }
      const pip = !ctx.locationBound;
      const authority: Rol =
        v.requester === "voorzitter-veiligheidsregio" ? "voorzitter-veiligheidsregio" : "burgemeester";
      return adviesVoorProcedure(ctx, {
        id: "bevolkingszorg-6-militaire-steunverlening",
        authority,
        primusInterPares: pip,
        reasons: [
          steun,
          reden(
            "Militaire steunverlening in het openbaar belang is steun bij bestuurlijke taken niet zijnde crisisbeheersing, die in beginsel ook door marktpartijen uitgevoerd kan worden; motiveer waarom de opdracht niet aan een marktpartij kan worden gegund.",
            fb("welke-steunverlening"),
          ),
          reden(
            "De aanvraag gebeurt door het bevoegde bestuursorgaan: de voorzitter van de veiligheidsregio of de burgemeester van de getroffen gemeente, via het LOCC.",
            fb("wie-kan-verzoeken"),
          ),
          andereBestuursorganen,
          reden(
            "Het besluit neemt de Commandant der Strijdkrachten namens de Minister van Defensie.",
            fb("6"),
          ),
        ],
      });
    }
  }
}
