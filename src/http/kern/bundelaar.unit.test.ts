import assert from "node:assert/strict";
import { test } from "node:test";
import { Bundelaar } from "./bundelaar.ts";

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("alleen gaat een item meteen; wat binnenkomt terwijl een bundel loopt gaat samen in de volgende", async () => {
  const bundels: number[][] = [];
  const b = new Bundelaar<number, number>(async (items) => {
    bundels.push(items);
    await wacht(20);
    return items.map((x) => x * 10);
  });
  const eerste = b.voeg(1);
  await wacht(5);
  const later = [b.voeg(2), b.voeg(3), b.voeg(4)];
  assert.equal(await eerste, 10);
  assert.deepEqual(await Promise.all(later), [20, 30, 40]);
  assert.deepEqual(bundels, [[1], [2, 3, 4]]);
  assert.deepEqual(b.stand, { wachtend: 0, bezig: 0 });
});

test("een fout van een bundel treft alleen de items van die bundel; maxBundel en tegelijk worden gerespecteerd", async () => {
  const bundels: string[][] = [];
  let tegelijk = 0;
  let hoogste = 0;
  const b = new Bundelaar<string, string>(
    async (items) => {
      bundels.push(items);
      tegelijk++;
      hoogste = Math.max(hoogste, tegelijk);
      await wacht(10);
      tegelijk--;
      if (items.includes("stuk")) throw new Error("bundel mislukt");
      return items.map((x) => x.toUpperCase());
    },
    { maxBundel: 2, tegelijk: 2 },
  );
  const uit = await Promise.allSettled(["a", "stuk", "c", "d", "e"].map((x) => b.voeg(x)));
  assert.deepEqual(bundels, [["a", "stuk"], ["c", "d"], ["e"]]);
  assert.equal(hoogste, 2);
  assert.deepEqual(
    uit.map((u) => (u.status === "fulfilled" ? u.value : (u.reason as Error).message)),
    ["bundel mislukt", "bundel mislukt", "C", "D", "E"],
  );
});
