type Json = Record<string, unknown>;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A readable, self-contained page describing every endpoint of the OpenAPI document (no CDN, no script). */
export function renderApiDocs(document: Json): string {
  const info = document['info'] as { title: string; version: string; description: string };
  const paths = document['paths'] as Record<string, Record<string, Json>>;
  const sections: string[] = [];
  for (const [route, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = (operation['parameters'] as Json[] | undefined) ?? [];
      const responses = Object.entries(
        (operation['responses'] as Record<string, { description: string }>) ?? {},
      );
      sections.push(`<section>
  <h2><code>${method.toUpperCase()} ${escapeHtml(route)}</code></h2>
  <p>${escapeHtml(String(operation['summary'] ?? ''))} <small>(<code>${escapeHtml(String(operation['operationId'] ?? ''))}</code>)</small></p>
  ${operation['description'] ? `<p>${escapeHtml(String(operation['description']))}</p>` : ''}
  ${
    parameters.length
      ? `<h3>Parameters</h3><ul>${parameters
          .map(
            (p) =>
              `<li><code>${escapeHtml(String(p['name']))}</code> (${escapeHtml(String(p['in']))}${p['required'] ? ', required' : ''}) <code>${escapeHtml(JSON.stringify(p['schema']))}</code>${p['description'] ? ` — ${escapeHtml(String(p['description']))}` : ''}</li>`,
          )
          .join('')}</ul>`
      : ''
  }
  <h3>Responses</h3><ul>${responses.map(([status, r]) => `<li><strong>${status}</strong> ${escapeHtml(r.description)}</li>`).join('')}</ul>
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} — API documentation</title>
<link rel="stylesheet" href="/assets/docs.css">
</head><body><main>
<h1>${escapeHtml(info.title)}</h1>
<p>${escapeHtml(info.description)}</p>
<p>Method version <code>${escapeHtml(info.version)}</code>. Machine-readable contract: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> (RFC 9457) and carry a <code>requestId</code>.</p>
${sections.join('\n')}
</main></body></html>`;
}
