// NL-Alert bij extreem geweld: message composition, size, checks and CAP output (pure; browser-safe).
export * from "./cap.ts";
export * from "./concept.ts";
export * from "./controles.ts";
export * from "./gebied.ts";
export * from "./gsm.ts";
export * from "./sjablonen.ts";
export * from "./tekst.ts";
export * from "./tijd.ts";
export * from "./voorbeelden.ts";
