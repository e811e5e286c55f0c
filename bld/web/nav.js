// src/web/nav.ts
function navFor(entries, workspaceId, section) {
  return [...entries].sort((a, b) => a.order - b.order).flatMap((n) => {
    const href = n.href(workspaceId);
    return href ? [{ label: n.label, href, current: n.key === section }] : [];
  });
}
export {
  navFor
};
