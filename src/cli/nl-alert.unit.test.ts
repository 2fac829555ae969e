import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Command } from "commander";
import { voorbeeldAlert, voorbeeldEinde } from "../domain/nl-alert/voorbeelden.ts";
import { memoryIo } from "./io.ts";
import { alertCapCommand, alertCheckCommand, alertCommands } from "./nl-alert.ts";

const nu = new Date("2019-03-18T09:45:00Z");

describe("alert check", () => {
  test("prints exactly the contract for a clean draft, exit 0", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldAlert({ scenario: "acute-dreiging" })));
    assert.equal(await alertCheckCommand(io, { nu }), 0);
    const uit = JSON.parse(io.out.join(""));
    assert.deepEqual(Object.keys(uit), [
      "ok",
      "text",
      "encoding",
      "characters",
      "pages",
      "errors",
      "warnings",
    ]);
    assert.equal(uit.ok, true);
    assert.equal(
      uit.text,
      "NL-Alert 18-03-2019 10:45\nGrote schietpartij\nUtrecht, 24 Oktoberplein en omgeving\nVerlaat direct het gebied\nMeer informatie op politie.nl",
    );
    assert.equal(uit.encoding, "gsm7");
    assert.equal(uit.characters, uit.text.length);
    assert.equal(uit.pages, 2);
    assert.deepEqual(uit.errors, []);
    assert.deepEqual(uit.warnings, []);
  });

  test('"óf" switches to ucs2; errors and warnings are {code, message}; exit 1 on errors', async () => {
    const io = memoryIo(
      JSON.stringify(
        voorbeeldAlert({
          actions: ["Verlaat direct het gebied óf verberg je", "Ga naar het station"],
          moreInfo: undefined,
        }),
      ),
    );
    assert.equal(await alertCheckCommand(io, { nu }), 1);
    const uit = JSON.parse(io.out.join(""));
    assert.equal(uit.ok, false);
    assert.equal(uit.encoding, "ucs2");
    assert.equal(uit.pages, Math.ceil(uit.characters / 41));
    assert.deepEqual(
      uit.errors.map((e: { code: string }) => e.code),
      ["verzamelpunt"],
    );
    assert.deepEqual(Object.keys(uit.errors[0]), ["code", "message"]);
    assert.deepEqual(uit.warnings.map((e: { code: string }) => e.code).sort(), [
      "meer-informatie-ontbreekt",
      "schuilende-personen",
    ]);
  });

  test("invalid JSON and schema errors come out in the same shape", async () => {
    const io = memoryIo("{niet json");
    assert.equal(await alertCheckCommand(io, { nu }), 1);
    const uit = JSON.parse(io.out.join(""));
    assert.equal(uit.ok, false);
    assert.equal(uit.errors[0].code, "json-ongeldig");
    const io2 = memoryIo(JSON.stringify({ ...voorbeeldAlert(), kind: "update" }));
    assert.equal(await alertCheckCommand(io2, { nu }), 1);
    const uit2 = JSON.parse(io2.out.join(""));
    assert.equal(uit2.errors[0].code, "invoer-ongeldig");
    assert.match(uit2.errors[0].message, /kind/);
  });
});

describe("alert cap", () => {
  const opts = { sender: "nl-alert@vr-utrecht.nl", nu, maakId: () => "0000-1111", env: {} };

  test("prints CAP XML with a generated identifier and the configured sender", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldAlert({ scenario: "acute-dreiging" })));
    assert.equal(await alertCapCommand(io, opts), 0);
    const xml = io.out.join("");
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<identifier>knooppunt-nl-alert-0000-1111<\/identifier>/);
    assert.match(xml, /<sender>nl-alert@vr-utrecht\.nl<\/sender>/);
    assert.match(xml, /<sent>2019-03-18T10:45:00\+01:00<\/sent>/);
    assert.deepEqual(io.err, []);
  });

  test("einde situatie: Update, references, AllClear; warnings go to stderr", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldEinde({ moreInfo: undefined })));
    assert.equal(
      await alertCapCommand(io, { ...opts, identifier: "vru-2", senderName: "Veiligheidsregio Utrecht" }),
      0,
    );
    const xml = io.out.join("");
    assert.match(xml, /<msgType>Update<\/msgType>/);
    assert.match(
      xml,
      /<references>nl-alert@vr-utrecht\.nl,vru-2019-0001,2019-03-18T10:45:00\+01:00<\/references>/,
    );
    assert.match(xml, /<responseType>AllClear<\/responseType>/);
    assert.match(xml, /<identifier>vru-2<\/identifier>/);
    assert.match(io.err.join("\n"), /Waarschuwing \[meer-informatie-ontbreekt\]/);
  });

  test("draft errors: non-zero exit, errors on stderr, nothing on stdout", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldEinde({ references: [] })));
    assert.equal(await alertCapCommand(io, opts), 1);
    assert.deepEqual(io.out, []);
    assert.match(io.err.join("\n"), /Fout \[einde-zonder-verwijzing\] references: /);
  });

  test("invalid JSON and schema errors: non-zero exit with the errors on stderr", async () => {
    const io = memoryIo("[");
    assert.equal(await alertCapCommand(io, opts), 1);
    assert.match(io.err.join("\n"), /json-ongeldig/);
    const io2 = memoryIo(JSON.stringify({ ...voorbeeldAlert(), area: { circle: { lat: 52 } } }));
    assert.equal(await alertCapCommand(io2, opts), 1);
    assert.match(io2.err.join("\n"), /area\.circle\.lon/);
    assert.deepEqual(io2.out, []);
  });

  test("sender from the environment, and an error when none is configured", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldAlert()));
    assert.equal(
      await alertCapCommand(io, { nu, maakId: () => "x", env: { KNOOPPUNT_NL_ALERT_SENDER: "vr@x.nl" } }),
      0,
    );
    assert.match(io.out.join(""), /<sender>vr@x\.nl<\/sender>/);
    const io2 = memoryIo(JSON.stringify(voorbeeldAlert()));
    assert.equal(await alertCapCommand(io2, { nu, env: {} }), 2);
    assert.match(io2.err.join(""), /KNOOPPUNT_NL_ALERT_SENDER/);
  });

  test("commander wiring: `alert cap --sender … --identifier …` reaches the command", async () => {
    const io = memoryIo(JSON.stringify(voorbeeldAlert()));
    let code = -1;
    const program = new Command("knooppunt").exitOverride();
    alertCommands(program, io, (c) => {
      code = c;
    });
    await program.parseAsync(["alert", "cap", "--sender", "a@b.nl", "--identifier", "id-9"], {
      from: "user",
    });
    assert.equal(code, 0);
    assert.match(io.out.join(""), /<identifier>id-9<\/identifier>/);
  });
});
