// Documents of a given size for the benchmark: Markdown with parts (##) and
// topics (###), one slide per topic, from a fixed vocabulary (deterministic).

const subjects = [
  'The committee',
  'Each region',
  'The new method',
  'Our first study',
  'The archive',
  'A second model',
  'The survey',
  'Local councils',
  'The market',
  'This approach',
];
const verbs = ['examined', 'changed', 'measured', 'improved', 'questioned', 'recorded', 'extended', 'compared', 'described', 'tested'];
const objects = [
  'the supply of grain',
  'the costs of transport',
  'the growth of towns',
  'the rate of literacy',
  'the spread of disease',
  'the price of land',
  'the movement of labour',
  'the quality of roads',
  'the size of harvests',
  'the volume of trade',
];
const tails = [
  'over two decades',
  'across several provinces',
  'with mixed results',
  'in the northern districts',
  'before the reforms',
  'after the war',
  'for the first time',
  'despite strong opposition',
  'at a modest cost',
  'within a single season',
];

function sentence(n: number): string {
  return `${subjects[n % 10]} ${verbs[Math.floor(n / 10) % 10]} ${objects[Math.floor(n / 100) % 10]} ${tails[Math.floor(n / 1000) % 10]}.`;
}

/** A Markdown document that plans to about `slides` slides. */
export function generateDocument(slides: number, seed = 1): string {
  const parts = Math.max(1, Math.round(Math.sqrt(slides / 2)));
  const topicsPerPart = Math.max(1, Math.round((slides - parts - 3) / parts));
  const out = [
    `---\ntitle: Generated lecture of ${slides} slides\nauthor: Benchmark\n---\n`,
    'This lecture was generated for the benchmark. It covers many parts.\n',
  ];
  let n = seed * 7919;
  for (let p = 1; p <= parts; p += 1) {
    out.push(`## Part ${p}\n`);
    for (let t = 1; t <= topicsPerPart; t += 1) {
      out.push(`### Topic ${p}.${t}\n`);
      // A paragraph and a short list: a topic that fills its own slide, as a lecture's would.
      out.push(`${[0, 1, 2].map(() => sentence((n += 37))).join(' ')}\n`);
      out.push(`${[0, 1, 2].map(() => `- ${sentence((n += 37))}`).join('\n')}\n`);
    }
  }
  out.push('## Summary\n', `${sentence((n += 37))} ${sentence((n += 37))}\n`);
  return out.join('\n');
}
