// Public API of the allocation capability.
export { aankomstMinuten, afstandKm } from "./geo.ts";
export { type Fase2, laadHighs, verdeelMetBeleid, verdeelMetHighsLp } from "./highs.ts";
export * from "./model.ts";
export { losTypeOp, niveauAantallen, TOLERANTIE, type TypeOplossing, type TypeProbleem } from "./stroom.ts";
export { type Uitleg, type UitlegOpties, verklaar } from "./uitleg.ts";
export { verdeel } from "./verdeel.ts";
