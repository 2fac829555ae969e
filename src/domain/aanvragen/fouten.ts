// Every refusal of the request decider, in one catalogue: a stable code, the HTTP status the edge
// answers with (RFC 9457 problem document) and what it means. The message of each error names the
// concrete reason in Dutch.

export const AANVRAAG_FOUTEN = {
  "versie-conflict": { status: 409, titel: "De aanvraag is intussen gewijzigd" },
  "bestaat-al": { status: 409, titel: "Deze aanvraag bestaat al" },
  "bestaat-niet": { status: 404, titel: "Aanvraag niet gevonden" },
  "onbekende-procedure": { status: 422, titel: "Onbekende procedure" },
  "catalogus-verouderd": { status: 409, titel: "Het advies hoort bij een oudere catalogus" },
  "ongeldig-gezag": { status: 422, titel: "Dit gezag hoort niet bij de procedure" },
  "ongeldige-invoer": { status: 422, titel: "Ongeldige invoer" },
  "ongeldige-bijlage": { status: 422, titel: "Bijlage niet toegestaan" },
  "formulier-onvolledig": { status: 422, titel: "Het aanvraagformulier is niet volledig" },
  "niet-bewerkbaar": { status: 409, titel: "De aanvraag kan niet meer worden gewijzigd" },
  "verkeerde-rol": { status: 403, titel: "U heeft niet de rol die deze stap vraagt" },
  "verkeerde-organisatie": { status: 403, titel: "Deze stap hoort bij een andere organisatie" },
  "onbekende-taak": { status: 404, titel: "Onbekende taak" },
  "verkeerd-commando": { status: 422, titel: "Deze stap wordt op een andere manier afgerond" },
  "verkeerde-volgorde": { status: 409, titel: "Eerst moeten eerdere stappen klaar zijn" },
  "al-afgehandeld": { status: 409, titel: "Deze stap is al afgehandeld" },
  "niet-overslaanbaar": { status: 409, titel: "Deze stap mag niet worden overgeslagen" },
  "ongeldige-uitkomst": { status: 422, titel: "Deze uitkomst is hier niet mogelijk" },
  "redenen-vereist": { status: 422, titel: "Redenen zijn verplicht" },
  "geleverd-vereist": { status: 422, titel: "Bij gedeeltelijke levering hoort hoeveel" },
  "besluit-ruimer-dan-leverancier": { status: 409, titel: "Het besluit gaat verder dan de leverancier" },
  "organisaties-vereist": { status: 422, titel: "Welke organisaties? ontbreekt" },
  "herauthenticatie-vereist": { status: 401, titel: "Opnieuw inloggen vereist voor ondertekenen" },
  "inhoud-gewijzigd": { status: 409, titel: "De inhoud is gewijzigd sinds u deze zag" },
  "ongeldige-hash": { status: 422, titel: "Ongeldige hash" },
  "al-ondertekend": { status: 409, titel: "Het formulier is al ondertekend" },
  "geen-spoed": { status: 409, titel: "Alleen op het spoedpad" },
  "geen-telefonisch-contact": { status: 409, titel: "Eerst het telefonisch contact vastleggen" },
  "inzet-zonder-besluit": { status: 409, titel: "Nog geen besluit tot inzet" },
  "inzet-al-gestart": { status: 409, titel: "De inzet is al gestart" },
  "geen-inzet": { status: 409, titel: "Er is geen inzet gestart" },
  "formalisering-open": { status: 409, titel: "De schriftelijke formalisering is nog niet rond" },
  "taken-open": { status: 409, titel: "Er staan nog taken open" },
  "kosten-vereist": { status: 422, titel: "Werkelijke kosten zijn verplicht" },
  afgesloten: { status: 409, titel: "De aanvraag is afgesloten" },
  "wijziging-niet-mogelijk": { status: 409, titel: "Deze wijziging is nu niet mogelijk" },
  "weigering-niet-mogelijk": { status: 409, titel: "Weigeren door de korpschef kan hier niet" },
  "niet-betrokken": { status: 403, titel: "U bent niet bij deze aanvraag betrokken" },
} as const;

export type AanvraagFoutCode = keyof typeof AANVRAAG_FOUTEN;

export class AanvraagFout extends Error {
  override readonly name = "AanvraagFout";
  readonly status: number;
  constructor(
    readonly code: AanvraagFoutCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = AANVRAAG_FOUTEN[code].status;
  }
}

export const fout = (code: AanvraagFoutCode, message: string, details: Record<string, unknown> = {}) =>
  new AanvraagFout(code, message, details);
