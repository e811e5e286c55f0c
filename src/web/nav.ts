// The sections in the header come from the registered route modules (see routes/index.ts; createApp collects them
// into app.locals.nav), so a new section is a new route module with a `nav` entry, and nothing here changes.
export interface NavEntry {
  key: string;
  label: string;
  /** Lower comes first. */
  order: number;
  /** Where the entry points for this workspace (null when there is none yet); null hides the entry. */
  href(workspaceId: string | null): string | null;
}

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
}

export function navFor(entries: readonly NavEntry[], workspaceId: string | null, section?: string): NavLink[] {
  return [...entries]
    .sort((a, b) => a.order - b.order)
    .flatMap((n) => {
      const href = n.href(workspaceId);
      return href ? [{ label: n.label, href, current: n.key === section }] : [];
    });
}
