/** Saves an export without the downloads permission: a Blob and a link with a download name. */

export function saveFile(name: string, content: string, type: string, doc: Document = document): void {
  // A byte-order mark lets spreadsheets read non-Latin CSV text as UTF-8.
  const body = type.startsWith('text/csv') ? `\uFEFF${content}` : content;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
