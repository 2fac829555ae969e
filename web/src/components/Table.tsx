import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { useId } from "react";
import { klassen } from "./klassen.ts";

/** NL Design System table (utrecht-table); scrolls sideways on a narrow screen. */
export function Table({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section
      className="utrecht-table-container knp-tabel-container knp-tabel--stapelbaar"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-labelledby={id}
    >
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={id} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function TableHeaderCell({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...rest} className={klassen("utrecht-table__header-cell", className)} />;
}

/** `kolom` repeats the column name above the value when rows stack on a phone. */
export function TableCell({
  className,
  kolom,
  ...rest
}: TdHTMLAttributes<HTMLTableCellElement> & { kolom?: string }) {
  return <td {...rest} data-kolom={kolom} className={klassen("utrecht-table__cell", className)} />;
}
