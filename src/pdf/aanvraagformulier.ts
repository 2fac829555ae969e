// The aanvraagformulier as a PDF, generated from the request's state at any moment: every form
// field, the procedure with its legal basis and catalogue version, the signatures (time, re-
// authentication, "door of namens", hash of what was signed), zienswijzen, checks and decisions,
// the phone contacts, deployment and closure, every step, and the hash of the newest audit record
// about this request so the paper copy can be matched with the trail.
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Aanvraag, BesluitRegel, Door } from "../domain/aanvragen/index.ts";
import { capaciteitType } from "../domain/capaciteit/catalogus.ts";
import { ROLLEN } from "../domain/organisaties/rollen.ts";
import { procedure as procedureVan } from "../domain/wegwijzer/catalogus.ts";
import type { Procedure, ProcedureId } from "../domain/wegwijzer/typen.ts";
import { BLAUW, Formulier, GRIJS, tijdNl } from "./opmaak.ts";

export interface FormulierContext {
  /** Organisation id → name (unknown ids are printed as they are). */
  organisatieNaam?: (id: string) => string;
  /** Newest audit record about this request. */
  audit: { volgnummer: number; hash: string; tijdstip: string } | null;
  nu?: Date;
}

const STATUS: Record<string, string> = {
  concept: "Concept",
  "in-behandeling": "In behandeling",
  "aanvulling-gevraagd": "Aanvulling gevraagd",
  "in-beroep": "In beroep",
  toegekend: "Toegekend",
  "gedeeltelijk-toegekend": "Gedeeltelijk toegekend",
  afgewezen: "Afgewezen",
  "in-uitvoering": "In uitvoering",
  gedemobiliseerd: "Gedemobiliseerd",
  afgesloten: "Afgesloten",
  ingetrokken: "Ingetrokken",
};

const BESLUIT_SOORT: Record<BesluitRegel["soort"], string> = {
  toets: "Toetsing",
  leverancier: "Besluit leverancier",
  eindbesluit: "Besluit",
  "weigering-korpschef": "Weigering korpschef",
  beroep: "Beroep",
  advies: "Advies",
  aanwijzing: "Aanwijzing minister",
  zienswijze: "Zienswijze",
};

const KOSTEN: Record<string, string> = {
  fnik: "FNIK (financiële normen in kosten, Defensie)",
  "leverancier-brengt-kosten-in-rekening": "De leverancier brengt kosten in rekening",
  kosteloos: "Kosteloos",
  "onderling-af-te-spreken": "Onderling af te spreken",
  onbekend: "Onbekend",
};

const rolNaam = (r: string) => (r === "locc" ? "LOCC" : (ROLLEN[r as keyof typeof ROLLEN] ?? r));
const namensTekst = (n: string) => (/^namens\b/i.test(n) ? n : `namens ${n}`);
const euro = (cent: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);

/** A sha256 in two halves, so that it wraps at the middle and reads back as printed. */
export const hashTekst = (h: string) => `${h.slice(0, 32)} ${h.slice(32)}`;

export function grondslagTekst(p: Procedure): string {
  const g = p.grondslag.waarde;
  if (!g) return "Geen wettelijke grondslag in de bron genoemd";
  return g
    .map((x) =>
      [
        x.law,
        x.article ? `art. ${x.article}` : null,
        x.paragraph ? `lid ${x.paragraph}` : null,
        x.toelichting,
      ]
        .filter(Boolean)
        .join(" "),
    )
    .join("; ");
}

export async function aanvraagformulierPdf(a: Aanvraag, ctx: FormulierContext): Promise<Uint8Array> {
  const nu = ctx.nu ?? new Date();
  const org = (id: string) => {
    const n = ctx.organisatieNaam?.(id);
    return n && n !== id ? `${n} (${id})` : id;
  };
  const door = (d: Door) =>
    `${d.naam}, ${d.rollen.map(rolNaam).join(", ") || "systeem"}, ${org(d.organisatieId)}`;
  const p = procedureVan(a.procedureId as ProcedureId);
  const g = a.gegevens;

  const doc = await PDFDocument.create();
  doc.setTitle(`Aanvraagformulier ${a.referentienummer}`);
  doc.setSubject(p.titel);
  doc.setAuthor(org(a.aanvrager.organisatieId));
  doc.setCreator("Knooppunt");
  doc.setLanguage("nl-NL");
  doc.setCreationDate(nu);
  const s = new Formulier(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
    `Aanvraagformulier ${a.referentienummer}`,
  );

  s.tekst("Aanvraagformulier", { size: 20, vet: true, kleur: BLAUW });
  s.tekst(p.titel, { size: 12, kleur: GRIJS });
  if (a.oefening) s.tekst("OEFENING - geen daadwerkelijke inzet", { vet: true });
  if (a.spoed)
    s.tekst("SPOED - telefonisch contact vooraf, schriftelijke formalisering achteraf", { vet: true });
  s.y -= 6;
  s.velden([
    ["Referentienummer", a.referentienummer],
    ["Status", STATUS[a.status] ?? a.status],
    ["Spoed", a.spoed ? "Ja" : "Nee"],
    ["Oefening", a.oefening ? "Ja (factsheet politie, toelichting 2)" : "Nee, daadwerkelijke inzet"],
    // LCP §3.2.3: the requester's statement that lifts opsporen / voorkomen-aanslag in allocation.
    [
      "Acuut gevaar of acute vervolgdreiging",
      a.gegevens.acuteDreiging ? "Ja, verklaard door de aanvrager (LCP §3.2.3)" : "Nee",
    ],
    ["Procedure", `${p.titel} (${p.id}; factsheet ${p.factsheet}, ${p.sectie})`],
    ["Soort", p.soort.waarde],
    ["Wettelijke grondslag", grondslagTekst(p)],
    ["Catalogusversie", a.catalogusVersie],
    [
      "Besluit door",
      `${p.besluit.door.map(rolNaam).join(", ")}${p.besluit.namens ? `, ${namensTekst(p.besluit.namens)}` : ""}`,
    ],
    ["Veiligheidsregio", `${org(a.context.veiligheidsregioId)} (${a.context.regioCode})`],
    ["Aangemaakt", tijdNl(a.aangemaaktOp)],
    ["Laatst gewijzigd", `${tijdNl(a.bijgewerktOp)} (versie ${a.versie})`],
    ["Afgedrukt op", tijdNl(nu)],
  ]);

  s.kopje("1. Aanvrager");
  s.velden([
    ["Aanvragende organisatie", org(a.aanvrager.organisatieId)],
    ["Contactpersoon", g.contact?.naam ?? ""],
    ["Telefoon", g.contact?.telefoon ?? ""],
    ["E-mail", g.contact?.email ?? ""],
  ]);

  s.kopje("2. Bevoegd gezag");
  // fp toelichting 2: "Bij een oefening is dat niet nodig" (ADR 0621).
  s.velden(
    a.gezag
      ? [
          ["Gezag", rolNaam(a.gezag.rol)],
          ["Naam", a.gezag.naam],
          ["Toelichting", p.gezag.toelichting],
        ]
      : [
          ["Bevoegd gezag", "niet nodig — oefening (factsheet politie §2)"],
          ["Toelichting", p.gezag.toelichting],
        ],
  );

  s.kopje("3. Incident");
  s.velden([
    ["Naam", g.incident?.naam ?? ""],
    ["Plaats", g.incident?.plaats ?? ""],
    ["Begin", g.incident ? tijdNl(g.incident.start) : ""],
    ["Soort", g.incident?.type ?? ""],
  ]);

  s.kopje("4. Reden en beoogd effect");
  s.velden([
    ["Reden van de aanvraag", g.reden],
    ["Beoogd effect", g.beoogdEffect],
    ...(g.motiveringGeenMarktpartij !== null
      ? ([["Waarom geen marktpartij", g.motiveringGeenMarktpartij]] as [string, string][])
      : []),
  ]);

  s.kopje("5. Gevraagde bijstand");
  const type = g.gevraagd
    ? (capaciteitType(g.gevraagd.capaciteitType)?.naam ?? g.gevraagd.capaciteitType)
    : "";
  s.velden([
    ["Capaciteit", type],
    ["Aantal", g.gevraagd ? String(g.gevraagd.aantal) : ""],
    ["Specialisme", g.gevraagd?.specialisme ?? "-"],
    ["Omschrijving", g.gevraagd?.omschrijving ?? ""],
    ["Toegekend aantal", a.toegekendAantal === null ? "-" : String(a.toegekendAantal)],
  ]);

  s.kopje("6. Plaats en periode");
  s.velden([
    ["Gemeente(n)", g.plaats.gemeenten.map(org).join("; ")],
    ["Adres", g.plaats.adres ?? "-"],
    [
      "Coördinaten",
      g.plaats.coordinaten ? `${g.plaats.coordinaten.lat}, ${g.plaats.coordinaten.lon} (WGS84)` : "-",
    ],
    ["Van", g.periode ? tijdNl(g.periode.van) : ""],
    ["Tot", g.periode ? (g.periode.tot ? tijdNl(g.periode.tot) : "Open einde") : ""],
  ]);

  s.kopje("7. Kosten");
  s.velden([
    [
      "Kostenverwachting",
      g.kostenverwachting ? (KOSTEN[g.kostenverwachting.regime] ?? g.kostenverwachting.regime) : "",
    ],
    ["Verwacht bedrag", g.kostenverwachting?.bedragCent != null ? euro(g.kostenverwachting.bedragCent) : "-"],
    ["Toelichting", g.kostenverwachting?.toelichting ?? ""],
    ["Volgens de procedure", p.kosten.toelichting],
  ]);

  s.kopje("8. Bijlagen");
  if (g.bijlagen.length === 0) s.tekst("Geen bijlagen.", { kleur: GRIJS });
  else
    s.tabel(
      ["Naam", "Type", "Grootte", "SHA-256"],
      [3, 2, 1.3, 5],
      g.bijlagen.map((b) => [b.naam, b.mediatype, `${Math.ceil(b.grootteBytes / 1024)} kB`, b.sha256]),
    );

  s.kopje("9. Ondertekening door het bevoegd gezag");
  const ondertekenTaken = a.taken.filter((t) => t.commando === "Ondertekenen");
  if (ondertekenTaken.length === 0 && a.handtekeningen.length === 0)
    s.tekst("Deze procedure kent geen ondertekening in Knooppunt.", { kleur: GRIJS });
  for (const h of a.handtekeningen)
    s.velden([
      ["Ondertekend door", door(h.door)],
      ["Door of namens", h.namens ? `Namens ${h.namens.naam} (${h.namens.functie})` : "Door (eigen naam)"],
      ["Voor organisatie", org(h.organisatieId)],
      ["Tijdstip", tijdNl(h.op)],
      ["Opnieuw ingelogd", tijdNl(h.herauthenticatieOp)],
      ["Hash van de inhoud", `SHA-256 ${hashTekst(h.inhoudHash)}`],
      ...(h.vervallenOp
        ? ([
            ["Vervallen", `${tijdNl(h.vervallenOp)} (meer informatie gevraagd; opnieuw te ondertekenen)`],
          ] as [string, string][])
        : []),
    ]);
  for (const t of ondertekenTaken.filter((x) => x.status === "open"))
    s.velden([
      [
        "Nog te ondertekenen",
        `${t.actie} - ${rolNaam(t.eigenaar.rol)} van ${t.eigenaar.organisaties.map(org).join(", ")}`,
      ],
    ]);

  const zienswijzen = a.besluiten.filter((b) => b.soort === "zienswijze");
  s.kopje("10. Zienswijze");
  if (zienswijzen.length === 0) {
    const open = a.taken.filter((t) => t.soort === "zienswijze");
    s.tekst(
      open.length === 0
        ? "Deze procedure vraagt geen zienswijze."
        : open.every((t) => t.status === "overgeslagen")
          ? `Overgeslagen: ${open.map((t) => t.afhandeling?.reden ?? "").join("; ")}`
          : "Nog niet gegeven.",
      { kleur: GRIJS },
    );
  }
  for (const z of zienswijzen)
    s.velden([
      ["Zienswijze van", door(z.door)],
      ["Tijdstip", tijdNl(z.op)],
      ["Zienswijze", z.tekst ?? ""],
    ]);

  s.kopje("11. Toetsing en besluiten");
  const besluiten = a.besluiten.filter((b) => b.soort !== "zienswijze");
  if (besluiten.length === 0) s.tekst("Nog geen toetsing of besluit.", { kleur: GRIJS });
  else
    s.tabel(
      ["Soort", "Uitkomst", "Door (of namens)", "Tijdstip", "Redenen / tekst"],
      [1.6, 1.3, 2.8, 1.8, 3.5],
      besluiten.map((b) => [
        `${BESLUIT_SOORT[b.soort]}${b.fase > 0 ? ` (fase ${b.fase})` : ""}`,
        `${b.uitkomst ?? "-"}${b.geleverd ? `: ${b.geleverd.aantal} (${b.geleverd.toelichting})` : ""}`,
        `${door(b.door)}${b.namens ? `, ${namensTekst(b.namens)}` : ""}`,
        tijdNl(b.op),
        [...b.redenen, b.tekst ?? ""].filter(Boolean).join("; ") || "-",
      ]),
    );

  if (a.telefonischeContacten.length > 0) {
    s.kopje("12. Telefonisch contact (spoed)");
    s.tabel(
      ["Gebeld", "Van", "Aan", "Afspraken", "Vastgelegd door"],
      [1.6, 2.2, 2.2, 3, 2],
      a.telefonischeContacten.map((c) => [
        // A call about a change belongs to that change's phase (ADR 0608).
        c.fase > 0 ? `${tijdNl(c.op)}\nover wijziging (fase ${c.fase})` : tijdNl(c.op),
        `${c.van.naam}, ${org(c.van.organisatieId)}${c.van.telefoon ? `, ${c.van.telefoon}` : ""}`,
        `${c.aan.naam}, ${org(c.aan.organisatieId)}${c.aan.telefoon ? `, ${c.aan.telefoon}` : ""}`,
        c.afspraken,
        c.vastgelegdDoor.naam,
      ]),
    );
  }

  s.kopje(`${a.telefonischeContacten.length > 0 ? 13 : 12}. Inzet, wijzigingen en afsluiting`);
  s.velden([
    ["Inzet gestart", a.inzet.gestartOp ? tijdNl(a.inzet.gestartOp) : "-"],
    [
      "Formalisering",
      a.inzet.formaliserenUiterlijk
        ? `Schriftelijk uiterlijk ${tijdNl(a.inzet.formaliserenUiterlijk)}`
        : a.inzet.voorFormalisering
          ? "Gestart voor de formalisering"
          : "-",
    ],
    ["Gedemobiliseerd", a.inzet.gedemobiliseerdOp ? tijdNl(a.inzet.gedemobiliseerdOp) : "-"],
    [
      "Wijzigingen",
      a.wijzigingen
        .map(
          (w) =>
            `${tijdNl(w.op)}: ${w.soort}${w.nieuwTot ? ` tot ${tijdNl(w.nieuwTot)}` : ""}${w.nieuwAantal !== null ? ` naar ${w.nieuwAantal}` : ""}${w.spoed ? ", SPOED (telefonisch vooraf, schriftelijk binnen 24 uur)" : ""} (${w.reden})`,
        )
        .join("\n") || "-",
    ],
    [
      "Afgesloten",
      a.afsluiting
        ? `${tijdNl(a.afsluiting.op)}; werkelijke kosten ${euro(a.afsluiting.werkelijkeKosten.bedragCent)} (${a.afsluiting.werkelijkeKosten.toelichting})`
        : a.ingetrokken
          ? `Ingetrokken ${tijdNl(a.ingetrokken.op)}: ${a.ingetrokken.reden}`
          : "-",
    ],
    ["Evaluatie", a.evaluaties.map((e) => `${tijdNl(e.op)} ${e.door.naam}: ${e.notitie}`).join("\n") || "-"],
  ]);

  s.kopje(`${a.telefonischeContacten.length > 0 ? 14 : 13}. Verloop van de procedure`);
  s.tabel(
    ["Stap", "Wie", "Status", "Afgehandeld"],
    [4, 3, 1.3, 3],
    a.taken.map((t) => [
      `${t.fase > 0 ? `[fase ${t.fase}] ` : ""}${t.actie}`,
      `${rolNaam(t.eigenaar.rol)}, ${t.eigenaar.organisaties.map(org).join(", ") || "nog te bepalen"}`,
      t.status === "open" ? (t.beschikbaar ? "aan de beurt" : "wacht") : t.status,
      t.afhandeling
        ? `${tijdNl(t.afhandeling.op)}${t.afhandeling.door ? `, ${t.afhandeling.door.naam}` : ""}${t.afhandeling.uitkomst ? `, ${t.afhandeling.uitkomst}` : ""}${t.afhandeling.reden ? ` (${t.afhandeling.reden})` : ""}${t.afhandeling.telefonisch ? ", telefonisch" : ""}`
        : t.uiterlijk
          ? `uiterlijk ${tijdNl(t.uiterlijk)}`
          : "-",
    ]),
  );

  s.kopje("Verantwoording");
  s.velden([
    [
      "Audittrail",
      ctx.audit
        ? `Laatste auditrecord over deze aanvraag: nr. ${ctx.audit.volgnummer} van ${tijdNl(ctx.audit.tijdstip)}`
        : "Nog geen auditrecord",
    ],
    ["Audit-hash", ctx.audit ? `SHA-256 ${hashTekst(ctx.audit.hash)}` : "-"],
    ["Bronnen", p.bron.map((b) => `${b.document} ${b.sectie}`).join("; ")],
  ]);
  s.voettekst(
    `${a.referentienummer} - ${p.titel} - catalogus ${a.catalogusVersie} - versie ${a.versie} - audit-hash ${ctx.audit?.hash ?? "-"}`,
  );
  return doc.save();
}
