// Client for the wegwijzer endpoints. Types come from the domain (type-only: nothing of the
// router is bundled; the server answers every question).
import type {
  Advies,
  Contact,
  ContactId,
  Procedure,
  VolgendeVraag,
} from "../../../../src/domain/wegwijzer/index.ts";
import { verzoek } from "../../api.ts";

export type { Advies, AdviesStap, Contact, Procedure, Stap } from "../../../../src/domain/wegwijzer/index.ts";
export type Antwoorden = Record<string, unknown>;
export type Vraag = VolgendeVraag;

export interface Catalogus {
  versie: string;
  procedures: Procedure[];
  contacten: Record<ContactId, Contact>;
}

let catalogus: Promise<Catalogus> | undefined;

export const wegwijzerApi = {
  volgendeVraag: (antwoorden: Antwoorden, overslaan: string[]) =>
    verzoek<{ vraag: Vraag | null; advies: Advies | null }>("POST", "/routing/volgende-vraag", {
      antwoorden,
      overslaan,
    }),
  /** The catalogue changes only with a release: fetched once per page load. */
  catalogus: (): Promise<Catalogus> => {
    catalogus ??= verzoek<Catalogus>("GET", "/procedures").catch((e) => {
      catalogus = undefined;
      throw e;
    });
    return catalogus;
  },
};
