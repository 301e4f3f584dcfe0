/**
 * A page in our own words that prints a territory's complete report after the country's own, the shape
 * a combined "Israel, West Bank and Gaza" page would have. No corpus page has it (each holds only the
 * Israel part), so it is written here.
 */
export function combinedTerritoryPage(options: { territory?: string } = {}): string {
  const territory = options.territory ?? 'West Bank and Gaza';
  const title = (text: string) => `<h2 class="report__section-title">${text}</h2>`;
  return `<!doctype html><html><head>
<link rel="canonical" href="https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/israel-west-bank-and-gaza/">
</head><body><h1>2021 Country Reports on Human Rights Practices: Israel, West Bank and Gaza</h1>
<div class="report__content">
${title('Executive Summary')}
<p>The country part opens with a summary of the year in general terms.</p>
${title('Section 1. Respect for the Integrity of the Person')}
<h3>a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings</h3>
<p>One paragraph about the country part, written for this test.</p>
${title(territory)}
${title('Executive Summary')}
<p>The territory part has its own summary, also written for this test.</p>
${title('Section 1. Respect for the Integrity of the Person')}
<h3>a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings</h3>
<p>Security forces of the local authority shot a protester, according to a rights group.</p>
<h3>b. Disappearance</h3>
<p>A journalist was taken from his home and his family has heard nothing since.</p>
</div></body></html>`;
}
