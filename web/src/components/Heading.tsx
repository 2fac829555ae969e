import type { HTMLAttributes, ReactNode } from "react";
import { forwardRef } from "react";
import { klassen } from "./klassen.ts";

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  niveau: 1 | 2 | 3 | 4;
  children: ReactNode;
}

/** NL Design System heading (utrecht-heading-N). */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { niveau, className, children, ...rest },
  ref,
) {
  const Tag = `h${niveau}` as const;
  return (
    <Tag ref={ref} {...rest} className={klassen(`utrecht-heading-${niveau}`, className)}>
      {children}
    </Tag>
  );
});

export function Paragraph({
  children,
  lead,
  className,
}: {
  children: ReactNode;
  lead?: boolean;
  className?: string;
}) {
  return (
    <p className={klassen("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)}>{children}</p>
  );
}
