// Password rules (not our domain to invent: NCSC/OWASP guidance — length over complexity).
export const MIN_WACHTWOORD_LENGTE = 12;

export function wachtwoordProbleem(w: string, gebruikersnaam?: string): string | undefined {
  if (w.length < MIN_WACHTWOORD_LENGTE) return `moet minstens ${MIN_WACHTWOORD_LENGTE} tekens lang zijn`;
  if (w.length > 256) return "mag hoogstens 256 tekens lang zijn";
  if (gebruikersnaam && w.toLowerCase().includes(gebruikersnaam.toLowerCase()))
    return "mag de gebruikersnaam niet bevatten";
  if (new Set(w).size < 5) return "is te eenvoudig (te weinig verschillende tekens)";
  return undefined;
}

export const GEBRUIKERSNAAM_PATROON = "^[a-z0-9][a-z0-9._-]{1,62}$";
