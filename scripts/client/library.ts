// The slide library's browser script: search, and a button that copies a
// slide's reference (deck/slide-id) for a talk file.

const cards = [...document.querySelectorAll<HTMLElement>('.card')];
const search = document.querySelector<HTMLInputElement>('#search');
const count = document.querySelector<HTMLElement>('#count');

function filter(): void {
  const words = (search?.value ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
  let shown = 0;
  for (const card of cards) {
    const text = (card.dataset.search ?? '').toLowerCase();
    const match = words.every((w) => text.includes(w));
    card.hidden = !match;
    if (match) shown += 1;
  }
  if (count) count.textContent = `${shown} of ${cards.length} slides`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // file:// pages and older browsers: copy through a selected text field.
    const field = document.createElement('textarea');
    field.value = text;
    document.body.appendChild(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}

search?.addEventListener('input', filter);
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-ref]')) {
  button.addEventListener('click', () => {
    const ref = button.dataset.ref ?? '';
    void copy(ref).then((ok) => {
      button.textContent = ok ? 'Copied' : ref;
      document.body.dataset.copied = ref;
      setTimeout(() => {
        button.textContent = 'Copy reference';
      }, 1500);
    });
  });
}
filter();
