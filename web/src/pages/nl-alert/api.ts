// Client for /api/v1/nl-alert. Types come from the server's TypeBox schemas (type-only import).
import type { Concept } from "../../../../src/domain/nl-alert/index.ts";
import type { AlertDetail, AlertSamenvatting, Controle } from "../../../../src/http/nl-alert/schemas.ts";
import { verzoek } from "../../api.ts";

export type { AlertDetail, AlertSamenvatting, Concept, Controle };

export interface Regiogrenzen {
  type: "FeatureCollection";
  attributie: string;
  features: {
    type: "Feature";
    properties: { code: string; naam: string; regioId: string };
    geometry: unknown;
  }[];
}

export interface InbrengInvoer {
  versie: number;
  wijze: "zelf" | "telefonisch";
  advies: "verzenden" | "niet-verzenden";
  samenvatting: string;
  risicosGewogen: boolean;
  naam?: string;
  functie?: string;
  tijdstip?: string;
}

const p = (id: string, rest = "") => `/nl-alert/${encodeURIComponent(id)}${rest}`;

export const nlAlertApi = {
  lijst: () => verzoek<{ alerts: AlertSamenvatting[]; eindeSituatieOpen: string[] }>("GET", "/nl-alert"),
  detail: (id: string) => verzoek<AlertDetail>("GET", p(id)),
  controle: (concept: Concept) => verzoek<Controle>("POST", "/nl-alert/controle", concept),
  nieuw: (incident: string, concept: Concept) =>
    verzoek<AlertDetail>("POST", "/nl-alert", { incident, concept }),
  wijzig: (id: string, versie: number, incident: string, concept: Concept) =>
    verzoek<AlertDetail>("PUT", p(id, "/concept"), { versie, incident, concept }),
  advies: (id: string, b: InbrengInvoer) => verzoek<AlertDetail>("POST", p(id, "/advies"), b),
  secondOpinion: (id: string, b: InbrengInvoer) => verzoek<AlertDetail>("POST", p(id, "/second-opinion"), b),
  besluit: (
    id: string,
    b: {
      versie: number;
      besluit: "verzenden" | "niet-verzenden";
      afweging: string;
      driehoek?: "ja" | "nee-geen-tijd";
      erkendeWaarschuwingen: string[];
      redenen?: Record<string, string>;
    },
  ) => verzoek<AlertDetail>("POST", p(id, "/besluit"), b),
  erken: (id: string, versie: number, codes: string[]) =>
    verzoek<AlertDetail>("POST", p(id, "/waarschuwingen-erkennen"), { versie, codes }),
  vrijgeven: (id: string, versie: number) => verzoek<AlertDetail>("POST", p(id, "/vrijgeven"), { versie }),
  opnieuw: (id: string, versie: number) =>
    verzoek<AlertDetail>("POST", p(id, "/opnieuw-verzenden"), { versie }),
  bevestigTaak: (id: string, taakId: string, versie: number, bevestiging: string) =>
    verzoek<AlertDetail>("POST", p(id, `/taken/${encodeURIComponent(taakId)}/bevestigen`), {
      versie,
      bevestiging,
    }),
  eindeAfsluiten: (id: string, versie: number, reden: string) =>
    verzoek<AlertDetail>("POST", p(id, "/einde-afsluiten"), { versie, reden }),
  vervolg: (id: string, soort: "update" | "einde-situatie") =>
    verzoek<AlertDetail>("POST", p(id, "/vervolg"), { soort }),
  regiogrenzen: () => verzoek<Regiogrenzen>("GET", "/nl-alert/regiogrenzen"),
};

export const STATUS_NAMEN = { Actual: "Echt bericht", Exercise: "Oefening", Test: "Test" } as const;
