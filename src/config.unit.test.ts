import assert from "node:assert/strict";
import { test } from "node:test";
import { leesConfig } from "./config.ts";

test("REAUTH_MINUTES=0 wordt bij de start geweigerd: dan kon niemand meer ondertekenen", () => {
  assert.throws(() => leesConfig({ REAUTH_MINUTES: "0" }), /REAUTH_MINUTES moet minstens 1 zijn/);
  assert.equal(leesConfig({ REAUTH_MINUTES: "30" }).herauthenticatieMinuten, 30);
  assert.equal(leesConfig({}).herauthenticatieMinuten, 5);
});

test("ATTACHMENTS_MAX_BYTES_PER_REQUEST: 100 MB tenzij anders gezet, minstens 1 (ADR 0610, 0613)", () => {
  assert.equal(leesConfig({}).bijlagenTotaalMaxBytes, 100 * 1024 * 1024);
  assert.equal(leesConfig({ ATTACHMENTS_MAX_BYTES_PER_REQUEST: "5000" }).bijlagenTotaalMaxBytes, 5000);
  assert.throws(
    () => leesConfig({ ATTACHMENTS_MAX_BYTES_PER_REQUEST: "0" }),
    /ATTACHMENTS_MAX_BYTES_PER_REQUEST moet minstens 1 zijn/,
  );
});
