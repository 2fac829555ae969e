// Demo data for a newcomer's first start (never in production): a few municipalities, one user per
// role and a few more where the catalogue names the same role in another organisation, each with a
// random password that is printed once. Every task of every catalogue procedure has a demo user
// (e2e/aanvragen-alle-procedures.spec.ts carries a request of each to closure with them).
import { randomBytes } from "node:crypto";
import { gemeenteOrganisatie, rccbId } from "../domain/organisaties/referentie.ts";
import { ROL_IDS, ROLLEN, type Rol } from "../domain/organisaties/rollen.ts";
import { hashWachtwoord } from "../http/kern/wachtwoord.ts";
import { SYSTEEM, schrijfAudit } from "./audit.ts";
import type { Database } from "./database.ts";
import { voegWijzigingToe, zetNiveau } from "./dreiging.ts";
import { voegGebruikerToe } from "./gebruikers.ts";
import { schrijfOrganisaties } from "./referentie.ts";

export const DEMO_GEMEENTEN = [
  { code: "GM0344", naam: "Utrecht", vrCode: "VR09", eenheidCode: "RE03", provincie: "Utrecht" },
  { code: "GM0307", naam: "Amersfoort", vrCode: "VR09", eenheidCode: "RE03", provincie: "Utrecht" },
  { code: "GM0034", naam: "Almere", vrCode: "VR25", eenheidCode: "RE03", provincie: "Flevoland" },
  { code: "GM0363", naam: "Amsterdam", vrCode: "VR13", eenheidCode: "RE05", provincie: "Noord-Holland" },
  { code: "GM0599", naam: "Rotterdam", vrCode: "VR17", eenheidCode: "RE07", provincie: "Zuid-Holland" },
];

/** Which organisation each demo role sits in: the demo plays in Utrecht / Eenheid Midden-Nederland. */
export const DEMO_ORGANISATIE: Record<Rol, string> = {
  "rccb-medewerker": rccbId("RE03"),
  "le-pob": "politie-le-pob",
  "locc-piket": "locc",
  burgemeester: "gm0344",
  regioburgemeester: "gm0344",
  "officier-van-justitie": "om-parket-re03",
  "voorzitter-veiligheidsregio": "vr09",
  "algemeen-commandant-bevolkingszorg": "vr09",
  "hoofd-taakorganisatie-crisiscommunicatie": "vr09",
  "hoofd-taakorganisatie-bevolkingszorg": "vr09",
  "coordinerend-functionaris-bevolkingszorg": "vr09",
  "defensie-djz": "defensie-djz",
  "defensie-dops": "defensie-dops-natops",
  "defensie-ovr": "defensie-ovr-vr09",
  cds: "defensie-cds",
  "kmar-ccb": "kmar-ccb",
  ozi: "jenv-ozi",
  dgpol: "jenv-dgpol",
  "nctv-cbb": "nctv-cbb",
  "nctv-db3": "nctv-db3",
  // LCP-EGT, Dreigingsniveau 5: the NCTV itself announces and lowers the level (ADR 0800).
  "nctv-dreiging": "nctv",
  ncc: "ncc",
  ifv: "ifv",
  korpschef: "politie",
  "nsgbo-sgbo": "politie-nsgbo",
  "hovd-p": "politie-re03",
  "ovd-oc": "politie-re03",
  "hovd-le": "politie-le-operaties",
  "nl-alert-bevoegde": "vr09",
  meldkamer: "vr09",
  auditor: "jenv",
  "ovd-bevolkingszorg": "vr09",
  "contactpersoon-bevolkingszorg": "vr25",
  // The teamleider of the national SIS facility (factsheet bevolkingszorg § 2): the catalogue places
  // this role at the IFV (actor teamleiderSis), so the demo does too.
  "teamleider-sis": "ifv",
  "parket-generaal": "om-pg",
  "minister-jenv": "jenv",
  "kmar-dops": "kmar-dops",
  "commandant-kmar": "kmar",
  "defensie-sg": "defensie",
  "defensie-doc": "defensie-doc",
  // LCP-EGT § 6.2.2 (bewaken en beveiligen): the military adviser; the catalogue places this role at
  // the Ministry of Defence (actor militairAdviseur).
  "militair-adviseur": "defensie",
  beheerder: "locc",
};

export interface DemoGebruiker {
  gebruikersnaam: string;
  wachtwoord: string;
  rollen: Rol[];
  organisatieId: string;
}

/** Loads demo data when the database has no users yet. Returns the users created (empty if none). */
export async function laadDemo(
  database: Database,
  opts: { wachtwoord?: string } = {},
): Promise<DemoGebruiker[]> {
  const aantal = await database.db
    .selectFrom("gebruikers")
    .select((e) => e.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(aantal.n) > 0) return [];
  const wachtwoord = () => opts.wachtwoord ?? `${randomBytes(9).toString("base64url")}-Kp`;
  // One per role, in the organisation where the demo plays it (DEMO_ORGANISATIE).
  const gebruikers: (DemoGebruiker & { naam: string })[] = [
    ...ROL_IDS.map((rol) => ({
      gebruikersnaam: `demo-${rol}`,
      wachtwoord: wachtwoord(),
      rollen: [rol],
      organisatieId: DEMO_ORGANISATIE[rol],
      naam: `${ROLLEN[rol]} (demo)`,
    })),
  ];
  const hashes = await Promise.all(gebruikers.map((g) => hashWachtwoord(g.wachtwoord)));
  await database.db.transaction().execute(async (trx) => {
    await schrijfOrganisaties(
      trx,
      DEMO_GEMEENTEN.map(gemeenteOrganisatie),
      SYSTEEM,
      "demo.gemeenten-geladen",
    );
    for (const [i, g] of gebruikers.entries()) {
      const id = await voegGebruikerToe(trx, {
        gebruikersnaam: g.gebruikersnaam,
        naam: g.naam,
        email: `${g.gebruikersnaam}@demo.knooppunt.local`,
        organisatieId: g.organisatieId,
        rollen: g.rollen,
        wachtwoordHash: hashes[i]!,
      });
      await schrijfAudit(trx, SYSTEEM, {
        actie: "gebruiker.toegevoegd",
        onderwerpSoort: "gebruiker",
        onderwerpId: id,
        gegevens: {
          na: { gebruikersnaam: g.gebruikersnaam, organisatieId: g.organisatieId, rollen: g.rollen },
          demo: true,
        },
      });
    }
    // The demo starts at level 4 (not 5), so a newcomer can play the announcing of level 5 and its
    // lowering (LCP-EGT, Dreigingsniveau 5; ADR 0800). No measures: those follow from level 5.
    const nu = new Date();
    const wijziging = await voegWijzigingToe(trx, {
      soort: "afkondiging",
      vanNiveau: null,
      naarNiveau: 4,
      op: nu,
      door: null,
      duiding: null,
      oproepBurgers: null,
      overleg: null,
    });
    await zetNiveau(trx, 4, nu);
    await schrijfAudit(trx, SYSTEEM, {
      actie: "dreigingsniveau.afgekondigd",
      onderwerpSoort: "dreigingsniveau",
      onderwerpId: wijziging,
      gegevens: { vanNiveau: null, naarNiveau: 4, demo: true },
    });
  });
  return gebruikers.map(({ naam: _naam, ...g }) => g);
}
