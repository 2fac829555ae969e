// A real OpenID Provider (panva/oidc-provider) for the OIDC integration test, run as its own
// process. Configured by environment; prints one JSON line `{"issuer": ...}` once listening.
// Not for production: dev interactions accept any login name with any password.
import { createServer } from "node:http";
import Provider from "oidc-provider";

const redirectUri = process.env.OIDC_TEST_REDIRECT_URI;
const clientId = process.env.OIDC_TEST_CLIENT_ID ?? "knooppunt";
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET ?? "geheim-voor-tests";
if (!redirectUri) {
  console.error("OIDC_TEST_REDIRECT_URI ontbreekt");
  process.exit(2);
}

/** Known people at the "organisation": login name (= subject) → claims. */
const ACCOUNTS = {
  "sub-locc-piket-7f3a": {
    preferred_username: "demo-locc-piket",
    name: "Piket LOCC",
    email: "demo-locc-piket@demo.knooppunt.local",
    email_verified: true,
  },
  // Someone who chose the beheerder's user name at the provider, with an unconfirmed address.
  "sub-kaper-1": {
    preferred_username: "demo-beheerder",
    name: "Niet de beheerder",
    email: "demo-beheerder@demo.knooppunt.local",
    email_verified: false,
  },
  // The auditor's name with a confirmed address of its own.
  "sub-kaper-2": {
    preferred_username: "demo-auditor",
    name: "Niet de auditor",
    email: "iemand@elders.example",
    email_verified: true,
  },
};

const server = createServer();
server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  const issuer = `http://127.0.0.1:${addr.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: {
      openid: ["sub"],
      profile: ["preferred_username", "name"],
      email: ["email", "email_verified"],
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["test-sleutel-niet-geheim"] },
    // Anyone not listed logs in as themselves: the test uses that for an unknown person.
    async findAccount(_ctx, id) {
      const bekend = ACCOUNTS[id];
      return {
        accountId: id,
        async claims() {
          return { sub: id, ...(bekend ?? { preferred_username: id, name: id }) };
        },
      };
    },
  });
  server.on("request", provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.on("SIGTERM", () => server.close(() => process.exit(0)));
