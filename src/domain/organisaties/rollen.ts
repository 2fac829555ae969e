// The one list of roles in Knooppunt. Every route, procedure step and demo user names
// roles from here; a role id is stable (stored in the database and in audit records).
export const ROLLEN = {
  "rccb-medewerker": "Medewerker RCCB (politie-eenheid)",
  "le-pob": "Medewerker LE-POB (Landelijke Eenheid)",
  "locc-piket": "Piket LOCC",
  burgemeester: "Burgemeester",
  regioburgemeester: "Regioburgemeester",
  "officier-van-justitie": "Officier van justitie",
  "voorzitter-veiligheidsregio": "Voorzitter veiligheidsregio",
  "algemeen-commandant-bevolkingszorg": "Algemeen commandant bevolkingszorg",
  "hoofd-taakorganisatie-crisiscommunicatie": "Hoofd taakorganisatie crisiscommunicatie",
  "hoofd-taakorganisatie-bevolkingszorg": "Hoofd taakorganisatie bevolkingszorg",
  "coordinerend-functionaris-bevolkingszorg": "Coördinerend functionaris bevolkingszorg",
  "defensie-djz": "Defensie – Directie Juridische Zaken",
  "defensie-dops": "Defensie – DOPS NATOPS",
  "defensie-ovr": "Officier Veiligheidsregio (Defensie)",
  cds: "Commandant der Strijdkrachten",
  "kmar-ccb": "CCB-KMar",
  ozi: "JenV – Operationele Zaken en Incidentmanagement",
  dgpol: "JenV – Directoraat-Generaal Politie",
  "nctv-cbb": "NCTV – Coördinator Bewaken en Beveiligen",
  "nctv-db3": "NCTV – piket DB3",
  "nctv-dreiging": "NCTV – dreigingsniveau (afkondigen en afschalen)",
  ncc: "Nationaal Crisiscentrum",
  ifv: "Instituut Fysieke Veiligheid",
  korpschef: "Korpschef",
  "nsgbo-sgbo": "Staf NSGBO/SGBO",
  "hovd-p": "Hoofdofficier van dienst politie (HOvD-P)",
  "ovd-oc": "Officier van dienst operationeel centrum (OvD-OC)",
  "hovd-le": "HOvD Landelijke Eenheid (operaties)",
  "nl-alert-bevoegde": "Functionaris bevoegd tot inzet NL-Alert",
  meldkamer: "Meldkamer",
  auditor: "Auditor (alleen lezen van de audittrail)",
  "ovd-bevolkingszorg": "Officier van dienst bevolkingszorg",
  "contactpersoon-bevolkingszorg": "Contactpersoon bevolkingszorg (andere regio)",
  "teamleider-sis": "Teamleider SIS (slachtofferinformatiesystematiek)",
  "parket-generaal": "OM – College van procureurs-generaal / Parket-Generaal",
  "minister-jenv": "Minister van Justitie en Veiligheid",
  "kmar-dops": "KMar – Directie Operaties (DOPS-KMar)",
  "commandant-kmar": "Commandant KMar",
  "defensie-sg": "Defensie – Secretaris-generaal",
  "defensie-doc": "Defensie Operatiecentrum (DOC)",
  "militair-adviseur": "Militair adviseur (Defensie)",
  beheerder: "Beheerder",
} as const;

export type Rol = keyof typeof ROLLEN;
export const ROL_IDS = Object.keys(ROLLEN) as Rol[];

export function isRol(x: string): x is Rol {
  return Object.hasOwn(ROLLEN, x);
}
