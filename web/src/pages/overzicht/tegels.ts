// What each role does in Knooppunt, as tiles on the overview. Presentation only: the
// server decides what a role may do (see docs/adr/0400-web-ui-opbouw.md). A Record over
// every Rol makes the compiler ask for tiles when a role is added to rollen.ts.
import type { Rol } from "../../../../src/domain/organisaties/rollen.ts";

export type TegelId =
  | "wegwijzer"
  | "aanvragen"
  | "taken"
  | "meldingen"
  | "capaciteit"
  | "nl-alert"
  | "dreiging"
  | "audit"
  | "gebruikers";

export interface Tegel {
  titel: string;
  href: string;
  omschrijving: string;
}

export const TEGELS: Record<TegelId, Tegel> = {
  wegwijzer: {
    titel: "Wegwijzer bijstand",
    href: "/wegwijzer",
    omschrijving: "Welke vorm van bijstand past bij de hulpvraag, wie heeft het gezag en wie vraagt aan.",
  },
  aanvragen: {
    titel: "Aanvragen",
    href: "/aanvragen",
    omschrijving: "Bijstandsaanvragen opstellen, ondertekenen, toetsen en volgen.",
  },
  taken: {
    titel: "Mijn taken",
    href: "/taken",
    omschrijving: "De stappen in aanvragen die nu op u wachten: ondertekenen, toetsen, besluiten.",
  },
  meldingen: {
    titel: "Meldingen",
    href: "/meldingen",
    omschrijving: "Berichten over taken en besluiten in de aanvragen waarbij u betrokken bent.",
  },
  capaciteit: {
    titel: "Capaciteit",
    href: "/capaciteit",
    omschrijving: "Het landelijk overzicht van beschikbare mensen, middelen en kennis.",
  },
  "nl-alert": {
    titel: "NL-Alert",
    href: "/nl-alert",
    omschrijving: "Een NL-Alert voorbereiden, advies en second opinion vastleggen, versturen laten.",
  },
  dreiging: {
    titel: "Dreigingsniveau",
    href: "/dreiging",
    omschrijving: "Het landelijk dreigingsniveau, en de lokale maatregelen die nog van kracht zijn.",
  },
  audit: {
    titel: "Audittrail",
    href: "/audit",
    omschrijving: "Wie deed wat en wanneer: de onveranderbare vastlegging van alle wijzigingen.",
  },
  gebruikers: {
    titel: "Gebruikers",
    href: "/beheer/gebruikers",
    omschrijving: "Gebruikers toevoegen, rollen toekennen en accounts blokkeren.",
  },
};

export const ROL_TEGELS: Record<Rol, readonly TegelId[]> = {
  "rccb-medewerker": ["wegwijzer", "aanvragen", "taken", "capaciteit"],
  "le-pob": ["wegwijzer", "aanvragen", "taken", "capaciteit"],
  // The LOCC reads each request's own timeline; the whole audit trail is the auditor's.
  "locc-piket": ["aanvragen", "taken", "capaciteit", "wegwijzer", "dreiging"],
  burgemeester: ["aanvragen", "taken", "wegwijzer", "nl-alert", "dreiging"],
  regioburgemeester: ["aanvragen", "taken", "wegwijzer"],
  "officier-van-justitie": ["aanvragen", "taken", "wegwijzer"],
  "voorzitter-veiligheidsregio": ["aanvragen", "taken", "wegwijzer", "nl-alert", "dreiging"],
  "algemeen-commandant-bevolkingszorg": ["wegwijzer", "aanvragen", "taken"],
  "hoofd-taakorganisatie-crisiscommunicatie": ["wegwijzer", "aanvragen", "taken", "nl-alert"],
  "hoofd-taakorganisatie-bevolkingszorg": ["wegwijzer", "aanvragen", "taken"],
  "coordinerend-functionaris-bevolkingszorg": ["wegwijzer", "aanvragen", "taken"],
  "defensie-djz": ["aanvragen", "taken"],
  "defensie-dops": ["aanvragen", "taken", "capaciteit"],
  "defensie-ovr": ["wegwijzer", "aanvragen", "taken"],
  cds: ["aanvragen", "taken", "capaciteit"],
  "kmar-ccb": ["aanvragen", "taken", "capaciteit"],
  ozi: ["aanvragen", "taken"],
  dgpol: ["aanvragen", "taken", "capaciteit"],
  "nctv-cbb": ["aanvragen", "taken", "capaciteit"],
  "nctv-db3": ["aanvragen", "taken"],
  // LCP-EGT, Dreigingsniveau 5: the NCTV announces and lowers the level (ADR 0800).
  "nctv-dreiging": ["dreiging"],
  ncc: ["aanvragen", "taken", "capaciteit", "nl-alert"],
  ifv: ["aanvragen", "taken", "capaciteit"],
  korpschef: ["aanvragen", "taken"],
  "nsgbo-sgbo": ["aanvragen", "taken", "capaciteit"],
  "hovd-p": ["nl-alert", "wegwijzer", "aanvragen", "taken"],
  "ovd-oc": ["nl-alert", "wegwijzer"],
  "hovd-le": ["nl-alert"],
  "nl-alert-bevoegde": ["nl-alert"],
  meldkamer: ["nl-alert"],
  beheerder: ["gebruikers", "audit"],
  auditor: ["audit", "dreiging"],
  "ovd-bevolkingszorg": ["wegwijzer", "aanvragen", "taken"],
  "contactpersoon-bevolkingszorg": ["aanvragen", "taken"],
  "teamleider-sis": ["aanvragen", "taken"],
  "parket-generaal": ["aanvragen", "taken"],
  "minister-jenv": ["aanvragen", "taken", "capaciteit"],
  "kmar-dops": ["aanvragen", "taken", "capaciteit"],
  "commandant-kmar": ["aanvragen", "taken"],
  "defensie-sg": ["aanvragen", "taken"],
  "defensie-doc": ["aanvragen", "taken", "capaciteit"],
  "militair-adviseur": ["wegwijzer", "aanvragen", "taken"],
};

/** Tiles per role the user holds, in the order of the user's roles; unknown roles get none. */
export function tegelsPerRol(rollen: readonly string[]): { rol: string; tegels: Tegel[] }[] {
  return rollen.map((rol) => ({
    rol,
    tegels: ((ROL_TEGELS as Record<string, readonly TegelId[] | undefined>)[rol] ?? []).map(
      (id) => TEGELS[id],
    ),
  }));
}
