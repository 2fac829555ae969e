import "@utrecht/component-library-css/dist/index.css";
import "@utrecht/design-tokens/dist/theme.css";
import "./styles/tokens.css";
import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { SessieProvider } from "./sessie.tsx";

const wortel = document.getElementById("root");
if (!wortel) throw new Error("#root ontbreekt in index.html");

createRoot(wortel).render(
  <StrictMode>
    <SessieProvider>
      <App />
    </SessieProvider>
  </StrictMode>,
);
