import { startServer } from "../server.ts";
import type { CliIo } from "./io.ts";

export async function serveCommand(io: CliIo): Promise<number> {
  const server = await startServer();
  io.stdout(`Knooppunt draait op ${server.url} (database: ${server.deps.database.engine})`);
  if (server.demoGebruikers.length) {
    io.stdout(
      "\nDemo-gebruikers (dit wordt één keer getoond; bewaar het of zet later een nieuw wachtwoord met 'npx knooppunt users password'):",
    );
    for (const g of server.demoGebruikers) io.stdout(`  ${g.gebruikersnaam.padEnd(48)} ${g.wachtwoord}`);
    io.stdout("");
  }
  let bezig = false;
  const stop = async (signaal: string) => {
    if (bezig) return;
    bezig = true;
    io.stdout(`${signaal} ontvangen: lopende verzoeken worden afgerond, daarna stopt de service.`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return 0;
}
