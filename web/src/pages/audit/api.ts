// Client for /api/v1/audit: read-only. The server decides what each reader may see (the auditor
// everything; a beheerder only the records of beheer).
import { verzoek } from "../../api.ts";

export interface AuditRecord {
  volgnummer: number;
  tijdstip: string;
  actorId: string | null;
  actorNaam: string | null;
  actorRollen: string[];
  actorOrganisatie: string | null;
  actie: string;
  onderwerpSoort: string | null;
  onderwerpId: string | null;
  gegevens: unknown;
  requestId: string | null;
  schemaVersie: number;
  vorigeHash: string;
  hash: string;
}

export interface AuditFilter {
  actie?: string;
  onderwerpSoort?: string;
  onderwerpId?: string;
  organisatie?: string;
  van?: string;
  tot?: string;
  voor?: number;
  limiet?: number;
}

export interface KetenUitslag {
  ok: boolean;
  aantal: number;
  laatsteHash?: string;
  eersteFout?: { volgnummer: number; reden: string };
}

export const auditApi = {
  lijst: (f: AuditFilter) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== "") q.set(k, String(v));
    const s = q.toString();
    return verzoek<{ records: AuditRecord[] }>("GET", `/audit${s ? `?${s}` : ""}`);
  },
  verificatie: () => verzoek<KetenUitslag>("GET", "/audit/verificatie"),
};
