// Client for /api/v1/audit: read-only. The server decides what each reader may see (the auditor
// everything; a beheerder only the records of beheer).
import type { AuditRecord } from "../../../../src/domain/audit/keten.ts";
import { verzoek } from "../../api.ts";

export type { AuditRecord };

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
