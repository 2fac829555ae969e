import assert from "node:assert/strict";
import { test } from "node:test";
import { leesConfig } from "./config.ts";

test("REAUTH_MINUTES=0 wordt bij de start geweigerd: dan kon niemand meer ondertekenen", () => {
  assert.throws(() => leesConfig({ REAUTH_MINUTES: "0" }), /REAUTH_MINUTES moet minstens 1 zijn/);
  assert.equal(leesConfig({ REAUTH_MINUTES: "30" }).herauthenticatieMinuten, 30);
  assert.equal(leesConfig({}).herauthenticatieMinuten, 5);
});
