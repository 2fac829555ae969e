import assert from "node:assert/strict";
import { test } from "node:test";
import { onveiligToegestaan } from "./routes.ts";

test("http alleen voor een issuer op deze machine", () => {
  assert.equal(onveiligToegestaan("https://login.politie.example/realms/p"), false);
  assert.equal(onveiligToegestaan("http://127.0.0.1:4000"), true);
  assert.equal(onveiligToegestaan("http://localhost:4000/x"), true);
  assert.throws(() => onveiligToegestaan("http://idp.example"), /https/);
  assert.throws(() => onveiligToegestaan("http://127.0.0.1.nip.io"), /https/);
  assert.throws(() => onveiligToegestaan("ftp://localhost"), /http\(s\)/);
});
