import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import { Heading } from "../components/Heading.tsx";
import { isNavigatieDoorGebruiker } from "../router.tsx";

export const APP_NAAM = "Knooppunt";

/**
 * Every page starts with this: it sets the document title and, after an in-app route
 * change, moves focus to the page heading so screen readers announce the new page
 * (WCAG 2.4.3 focus order; 2.4.2 page titled).
 */
export function Pagina({ titel, children, breed }: { titel: string; children: ReactNode; breed?: boolean }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${titel} – ${APP_NAAM}`;
    if (isNavigatieDoorGebruiker()) kop.current?.focus();
  }, [titel]);
  return (
    <div className={breed ? "knp-pagina-inhoud knp-pagina-inhoud--breed" : "knp-pagina-inhoud"}>
      <Heading niveau={1} ref={kop} tabIndex={-1} className="knp-paginatitel">
        {titel}
      </Heading>
      {children}
    </div>
  );
}
