// Public API of the request lifecycle (aanvragen): the decider, its types, queries for the edge.
export {
  type Herinnering,
  herinneringen,
  type OpenFormalisering,
  openFormaliseringen,
  type TeLaat,
  teLaat,
} from "./bewaking.ts";
export {
  bewerkbaar,
  decide,
  formaliseringOpen,
  type GeenZienswijzeMogelijk,
  geenZienswijzeMogelijk,
  HANDELINGEN,
  type Handeling,
  LEVENSLOOP_COMMANDOS,
  type LevensloopCommando,
  magFormulierWijzigen,
  plafond,
  toegestaneHandelingen,
} from "./decider.ts";
export { evolve, herbouw, PROJECTIE_VERSIE } from "./evolve.ts";
export { AANVRAAG_FOUTEN, AanvraagFout, type AanvraagFoutCode } from "./fouten.ts";
export {
  BIJLAGE_MAX_BYTES,
  BIJLAGE_MEDIATYPES,
  BIJLAGEN_MAX,
  canoniekeJson,
  controleerBijlagen,
  controleerGegevens,
  legeGegevens,
  ontbrekendeVelden,
  teOndertekenenInhoud,
} from "./gegevens.ts";
export { controleerKosten, passendeKostenverwachtingen, standaardKostenverwachting } from "./kosten.ts";
export {
  betrokkenOrganisaties,
  GEEN_AANVRAAGROL,
  type Notificatie,
  type NotificatieSoort,
  neemtDeelAanAanvragen,
  notificaties,
  zichtbaarVoor,
  zietAlleAanvragen,
} from "./notificaties.ts";
export {
  formatteerReferentienummer,
  parseReferentienummer,
  type ReferentieSleutel,
  referentieSleutel,
} from "./referentie.ts";
export {
  besluitStap,
  blokkeert,
  bouwTaken,
  commandoVoor,
  eigenaarSleutels,
  gezagOrganisaties,
  heeftTelefonischeRoute,
  isAanvragendePartij,
  isDeelnemer,
  maakContext,
  magActeren,
  mijnTaken,
  openTaakEigenaars,
  organisatiesVan,
  TERMIJNEN,
} from "./taken.ts";
export * from "./typen.ts";
