// `knooppunt allocate`: reads an allocation instance (JSON) on stdin, prints the proven-optimal
// allocation exactly per the contract of issue 5. Exit 0 ok, 1 bad input, 2 infeasible policy, 3 not proven.
import {
  type Instantie,
  type OnhaalbaarBeleid,
  VerdelingInvoerFout,
  type VerdelingOplossing,
  type VerdelingUitvoer,
  valideerInstantie,
  verdeel,
  verdeelMetBeleid,
  verdeelMetHighsLp,
} from "../domain/verdeling/index.ts";
import type { CliIo } from "./io.ts";

/** The plain two-stage HiGHS LP of the same model (benchmark baseline, cross-check in tests). */
export const allocateWithHighsLp: (inst: Instantie) => Promise<VerdelingOplossing> = (inst) =>
  verdeelMetHighsLp(inst);

function heeftBeleid(inst: Instantie): boolean {
  const p = inst.policy;
  const aan = (r?: Record<string, number>) => !!r && Object.values(r).some((n) => n > 0);
  return !!p && (aan(p.minReservePerRegion) || aan(p.minUnitsPerDemand));
}

/** Solves an already validated instance: flow method, or HiGHS MIP when policy constraints are on. */
export async function allocate(inst: Instantie): Promise<VerdelingOplossing | OnhaalbaarBeleid> {
  return heeftBeleid(inst) ? verdeelMetBeleid(inst) : verdeel(inst);
}

export async function allocateCommand(io: CliIo): Promise<number> {
  const tekst = await io.readStdin();
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (e) {
    io.stderr(
      `Fout: de invoer op stdin is geen geldige JSON / Error: stdin is not valid JSON (${(e as Error).message})`,
    );
    return 1;
  }
  let inst: Instantie;
  try {
    inst = valideerInstantie(ruw);
  } catch (e) {
    if (e instanceof VerdelingInvoerFout) {
      io.stderr(`Fout in veld ${e.veld}: ${e.nl} / Error in field ${e.veld}: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const opl = await allocate(inst);
  if (opl.status === "infeasible") {
    io.stdout(JSON.stringify({ status: "infeasible", reasons: opl.redenen.map((r) => ({ ...r })) }));
    io.stderr(
      `Beleidsregels niet haalbaar / Policy constraints infeasible:\n${opl.redenen.map((r) => `- ${r.nl}`).join("\n")}`,
    );
    return 2;
  }
  const nietBewezen = Object.entries(opl.bewijs).filter(([, b]) => !b.bewezen);
  if (nietBewezen.length) {
    io.stderr(`Optimaliteit niet bewezen voor type(n) ${nietBewezen.map(([t]) => t).join(", ")}`);
    return 3;
  }
  const uit: VerdelingUitvoer = { status: "optimal", assignments: opl.assignments, objective: opl.objective };
  io.stdout(JSON.stringify(uit));
  return 0;
}
