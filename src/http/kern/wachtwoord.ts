import argon2 from "argon2";

// OWASP's argon2id baseline (19 MiB, t=2, p=1): strong, and keeps a login under load affordable.
const OPTIES = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashWachtwoord = (w: string) => argon2.hash(w, OPTIES);

// Verifying against a fixed hash when the user does not exist keeps the timing the same.
let dummy: Promise<string> | undefined;
export async function controleerWachtwoord(hash: string | null, w: string): Promise<boolean> {
  if (!hash) {
    dummy ??= hashWachtwoord("geen-gebruiker-dummy-wachtwoord");
    await argon2.verify(await dummy, w).catch(() => false);
    return false;
  }
  return argon2.verify(hash, w).catch(() => false);
}
