import type { ReactNode } from "react";

/** NL Design System page layout: skip link, header, main content, footer. */
export function PageLayout({
  kop,
  children,
  voet,
}: {
  kop?: ReactNode;
  children: ReactNode;
  voet?: ReactNode;
}) {
  return (
    <div className="utrecht-page-layout knp-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      {kop && <header className="utrecht-page-header knp-kop">{kop}</header>}
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body knp-inhoud">
        <div className="utrecht-page-body__content knp-inhoud__breedte">{children}</div>
      </main>
      {voet && <footer className="utrecht-page-footer knp-voet">{voet}</footer>}
    </div>
  );
}
