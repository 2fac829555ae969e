// Public API of the wegwijzer capability (catalogue, router, next question).
export { type Bron, bestaatSectie, citeer, DOCUMENTEN, type DocumentId, SECTIES } from "./bronnen.ts";
export {
  BRONVERSIES,
  CATALOGUS,
  CATALOGUS_VERSIE,
  type CatalogusFout,
  eisGeldigeCatalogus,
  isProcedureId,
  procedure,
  valideerCatalogus,
} from "./catalogus.ts";
export { CONTACTEN, type Contact, type ContactId } from "./contacten.ts";
export {
  type Advies,
  type AdviesStap,
  type ContactAdvies,
  type Instead,
  type LegalBasis,
  type Reden,
  route,
  type Uitkomst,
} from "./router.ts";
export {
  CatalogusSchema,
  PROCEDURE_IDS,
  type Procedure,
  type ProcedureId,
  ProcedureSchema,
  STAP_SOORTEN,
  type Stap,
  type StapSoort,
} from "./typen.ts";
export { type Optie, type VolgendeVraag, volgendeVraag } from "./volgende-vraag.ts";
export { controleerVraag, type Vraag, VraagFout, type VraagFoutCode, VraagSchema } from "./vraag.ts";
