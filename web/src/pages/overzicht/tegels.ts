// What each role does in Knooppunt, as tiles on the overview. Presentation only: the
// server decides what a role may do (see docs/adr/0400-web-ui-opbouw.md). A Record over
// every Rol makes the compiler ask for tiles when a role is added to rollen.ts.
import type { Rol } from "../../../../src/domain/organisaties/rollen.ts";

export type TegelId = "wegwijzer" | "aanvragen" | "capaciteit" | "nl-alert" | "audit" | "gebruikers";

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
  "rccb-medewerker": ["wegwijzer", "aanvragen", "capaciteit"],
  "le-pob": ["wegwijzer", "aanvragen", "capaciteit"],
  "locc-piket": ["aanvragen", "capaciteit", "wegwijzer", "audit"],
  burgemeester: ["aanvragen", "wegwijzer", "nl-alert"],
  regioburgemeester: ["aanvragen", "wegwijzer"],
  "officier-van-justitie": ["aanvragen", "wegwijzer"],
  "voorzitter-veiligheidsregio": ["aanvragen", "wegwijzer", "nl-alert"],
  "algemeen-commandant-bevolkingszorg": ["wegwijzer", "aanvragen"],
  "hoofd-taakorganisatie-crisiscommunicatie": ["wegwijzer", "aanvragen", "nl-alert"],
  "defensie-djz": ["aanvragen"],
  "defensie-dops": ["aanvragen", "capaciteit"],
  "defensie-ovr": ["wegwijzer", "aanvragen"],
  cds: ["aanvragen", "capaciteit"],
  "kmar-ccb": ["aanvragen", "capaciteit"],
  ozi: ["aanvragen"],
  dgpol: ["aanvragen", "capaciteit"],
  "nctv-cbb": ["aanvragen", "capaciteit"],
  "nctv-db3": ["aanvragen"],
  ncc: ["aanvragen", "capaciteit", "nl-alert"],
  ifv: ["aanvragen", "capaciteit"],
  korpschef: ["aanvragen"],
  "nsgbo-sgbo": ["aanvragen", "capaciteit"],
  "hovd-p": ["nl-alert", "wegwijzer", "aanvragen"],
  "ovd-oc": ["nl-alert", "wegwijzer"],
  "hovd-le": ["nl-alert"],
  "nl-alert-bevoegde": ["nl-alert"],
  meldkamer: ["nl-alert"],
  beheerder: ["gebruikers", "audit"],
  auditor: ["audit"],
  "ovd-bevolkingszorg": ["wegwijzer", "aanvragen"],
  "contactpersoon-bevolkingszorg": ["aanvragen"],
  "teamleider-sis": ["aanvragen"],
  "parket-generaal": ["aanvragen"],
  "minister-jenv": ["aanvragen", "capaciteit"],
  "kmar-dops": ["aanvragen", "capaciteit"],
  "commandant-kmar": ["aanvragen"],
  "defensie-sg": ["aanvragen"],
  "defensie-doc": ["aanvragen", "capaciteit"],
  "militair-adviseur": ["wegwijzer", "aanvragen"],
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
