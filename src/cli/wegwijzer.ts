// `knooppunt route`: one question (or an array of questions) as JSON on stdin, advice JSON on stdout.
import { route, VraagFout } from "../domain/wegwijzer/index.ts";
import type { CliIo } from "./io.ts";

/** Exit codes: 0 ok, 1 a question is refused (the field is named on stderr), 2 input is not JSON. */
export async function routeCommand(io: CliIo): Promise<number> {
  const tekst = await io.readStdin();
  let invoer: unknown;
  try {
    invoer = JSON.parse(tekst);
  } catch (e) {
    io.stderr(`Invoer is geen geldige JSON: ${(e as Error).message}`);
    return 2;
  }
  const lijst = Array.isArray(invoer);
  const vragen: unknown[] = lijst ? (invoer as unknown[]) : [invoer];
  const adviezen = [];
  for (const [i, vraag] of vragen.entries()) {
    try {
      adviezen.push(route(vraag));
    } catch (e) {
      if (!(e instanceof VraagFout)) throw e;
      const waar = lijst ? `vraag[${i}].${e.veld}` : e.veld;
      io.stderr(`${waar}: ${e.message} (${e.code})`);
      return 1;
    }
  }
  io.stdout(JSON.stringify(lijst ? adviezen : adviezen[0], null, 2));
  return 0;
}
