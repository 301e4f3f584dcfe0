/** Text made safe for HTML and XML content and quoted attributes (numeric references, valid in both). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
