// The words that tell a sentence's subject in French, German, Spanish, Italian and Portuguese: the verbs a subject
// stands before, the words a subject does not open with, and the nouns that name no topic of their own.
// Data only; condense.ts' subjectOf reads them.

export interface SubjectWords {
  /** Common verbs of the third person, present or past, and the auxiliaries and modals: the word a subject ends before. */
  verbs: Set<string>;
  /** A negation or a reflexive pronoun the verb comes after ("Il compilatore non può", "El método se llama"). */
  beforeVerb: Set<string>;
  /** A pronoun the verb comes after, which the subject does not end with ("Il C++ moderno ci dice"). */
  clitics: Set<string>;
  /** Articles and determiners that open a noun's phrase ("Il", "Les", "Der"). */
  articles: Set<string>;
  /** The indefinite articles: one word after one names any thing of its kind, no topic ("Un riferimento"). */
  indefinite: Set<string>;
  /** The definite articles ("il", "l'", "les", "der"): with the indefinite ones, what a heading's key leaves out (headingKey). */
  definite: Set<string>;
  /** Words a subject does not open with: pronouns, demonstratives, connectives, adverbs, prepositions, quantifiers. */
  openers: Set<string>;
  /** Words no subject holds anywhere: persons, possessives, relative pronouns and subordinating conjunctions. */
  inside: Set<string>;
  /** Nouns that name any slide of their kind after an article ("L'esempio", "Das Ergebnis", "Le chapitre"). */
  generic: Set<string>;
  /**
   * Words that name a thing by its place in a sequence or in the text ("La terza situazione", "Der nächste Schritt",
   * "Los archivos mencionados", "O código abaixo"): no thing of its own.
   */
  sequence: Set<string>;
  /** The endings of the language's infinitives: a verb alone ("Clonare un valore significa…") names an act, not a thing. */
  infinitive: RegExp | null;
  /** The endings of its gerunds and present participles ("Usando", "Utilisant"), which open a clause. */
  gerund: RegExp | null;
  /** Whether all its nouns open in capitals (German): a capital alone does not tell a name. */
  capitalNouns: boolean;
}

const set = (words: string): Set<string> => new Set(words.split(/\s+/u).filter((w) => w !== ''));

const italian: SubjectWords = {
  verbs: set(`è sono era erano fu furono sarà saranno ha hanno aveva avevano può possono potrebbe potrebbero deve devono
    dovrebbe dovrebbero vuole vogliono sa sanno fa fanno va vanno viene vengono diventa diventano resta restano rimane
    rimangono sembra sembrano permette permettono consente consentono rappresenta rappresentano contiene contengono
    serve servono indica indicano definisce definiscono descrive descrivono richiede richiedono prende prendono usa
    usano utilizza utilizzano crea creano restituisce restituiscono ritorna ritornano funziona funzionano implementa
    implementano garantisce garantiscono offre offrono fornisce forniscono mette mettono stabilisce stabiliscono adotta
    adottano dice dicono mostra mostrano produce producono esegue eseguono gestisce gestiscono verifica verificano
    controlla controllano punta puntano occupa occupano vale valgono costa costano dipende dipendono esiste esistono
    nasce nascono consiste consistono comporta comportano include includono memorizza memorizzano chiama chiamano
    svolge svolgono lavora lavorano accetta accettano riceve ricevono assume assumono contiene ottiene ottengono`),
  beforeVerb: set('non si'),
  clitics: set('ci vi ne mi ti gli lo li'),
  articles: set(`il lo la l' i gli le un uno una un' questo questa questi queste quel quello quella quei quegli quelle ogni
    ciascun ciascuno ciascuna`),
  indefinite: set("un uno una un'"),
  definite: set("il lo la l' i gli le"),
  openers: set(`questo questa questi queste quello quella quel quei quegli quelle ciò io tu lui lei noi voi loro esso essa
    essi esse si ci vi ne che chi cosa quando se perché poiché mentre dove come quindi allora dunque poi però ma e ed o
    oppure anche ancora già inoltre infatti invece cioè ovvero qui qua lì là ora adesso oggi sempre mai non tutto
    tutti tutte tutta ogni ciascun ciascuno ognuno alcuni alcune qualche qualcosa qualcuno nessun nessuno niente nulla
    molti molte molto pochi poche poco altro altri altra altre tanto tanti così tale tali stesso stessa dopo prima
    durante in a ad da di su per con tra fra nel nella nei nelle nello negli del della dei delle dello degli dal dalla
    dai dalle dallo dagli al alla ai alle allo agli sul sulla sui sulle sullo sugli col coi secondo tramite verso
    senza contro oltre entro eppure pertanto infine inizialmente finalmente naturalmente ovviamente chiaramente
    sostanzialmente normalmente tendenzialmente praticamente semplicemente esattamente eventuali eventuale
    viceversa dopodiché altrimenti ecco beh bene vediamo notate ricordiamo ricordate supponiamo immaginiamo
    consideriamo dell' nell' all' dall' sull' c' siccome giacché purtroppo fortunatamente spesso talvolta anzi insomma comunque tuttavia nonostante
    appunto intanto magari certo forse invero perciò sennò difatti più meno due tre quattro cinque sei dieci cento`),
  inside: set(`io tu noi voi mi ti ci vi mio mia miei mie tuo tua tuoi tue nostro nostra nostri nostre vostro vostra
    vostri vostre che chi cui dove quando se perché poiché mentre come qualora affinché sebbene benché questo questa
    questi queste quello quella quel quei quegli quelle`),
  generic: set(`esempio esempi risultato risultati codice problema problemi cosa cose modo caso casi seguente seguenti
    primo prima secondo seconda terzo ultimo ultima altro altra prossimo prossima resto idea domanda risposta figura
    immagine tabella capitolo sezione lezione paragrafo parte pagina corso documento testo sintassi comando comandi
    output codici due tre quattro cinque`),
  sequence: set(`primo prima primi prime secondo seconda terzo terza quarto quarta ultimo ultima ultimi prossimo prossima
    seguente seguenti altro altra altri altre stesso stessa precedente successivo successiva finale finali sotto sopra
    menzionato menzionata menzionati citato citata suddetto suddetta`),
  infinitive: /\p{L}{3}(?:are|ere|ire)$/u,
  gerund: /\p{L}{2}(?:ando|endo)$/u,
  capitalNouns: false,
};

const french: SubjectWords = {
  verbs: set(`est sont était étaient fut sera seront a ont avait avaient peut peuvent pourrait pourraient doit doivent
    devrait devraient veut veulent sait savent fait font va vont vient viennent devient deviennent reste restent
    semble semblent permet permettent contient contiennent représente représentent sert servent indique indiquent
    définit définissent décrit décrivent nécessite nécessitent exige exigent prend prennent utilise utilisent crée
    créent renvoie renvoient retourne retournent fonctionne fonctionnent implémente implémentent garantit garantissent
    offre offrent fournit fournissent met mettent établit adopte dit disent montre montrent produit produisent exécute
    exécutent gère gèrent vérifie vérifient contrôle contrôlent pointe pointent occupe occupent vaut valent coûte
    coûtent dépend dépendent existe existent consiste consistent comporte comportent inclut incluent stocke stockent
    appelle appellent désigne désignent correspond correspondent affiche affichent calcule calculent reçoit reçoivent
    accepte acceptent joue jouent constitue constituent assure assurent repose reposent`),
  beforeVerb: set("ne n' se s'"),
  clitics: set("le la les lui leur y en nous vous me te l'"),
  articles: set(`le la l' les un une des du ce cet cette ces chaque`),
  indefinite: set('un une'),
  definite: set("le la l' les"),
  openers: set(`ce ceci cela ça celui celle ceux celles je tu il elle on nous vous ils elles qui que quoi quand si
    lorsque puisque comme où donc alors ainsi puis mais et ou ni or car aussi encore déjà enfin ici là maintenant
    aujourd'hui toujours jamais ne tout tous toute toutes chaque chacun plusieurs quelques quelque quelqu'un rien
    personne aucun aucune beaucoup peu autre autres tel telle tels telles même après avant pendant dans en à au aux
    de du des par pour sur sous avec sans entre vers chez selon contre depuis dès parmi voici voilà cependant
    pourtant toutefois néanmoins d'abord ensuite finalement notamment également surtout simplement évidemment
    généralement souvent parfois d'ailleurs bref bien oui non voyons notez rappelons supposons imaginons
    considérons d' qu' c' j' jusqu' lorsqu' puisqu' parfois certes hélas désormais puis quant pourquoi comment plus
    moins deux trois quatre cinq six dix cent`),
  inside: set(`je tu nous vous mon ma mes ton ta tes notre nos votre vos qui que qu quoi dont où quand si lorsque
    puisque parce comme quoique bien ce cet cette ces celui celle`),
  generic: set(`exemple exemples résultat résultats code problème problèmes chose choses façon manière cas suivant
    suivante suivants premier première second seconde dernier dernière autre reste idée question réponse figure image
    tableau chapitre section cours leçon paragraphe partie page document texte syntaxe commande commandes sortie
    codes deux trois quatre cinq`),
  sequence: set(`premier première premiers deuxième troisième quatrième dernier dernière derniers prochain prochaine
    suivant suivante suivants autre autres même précédent précédente final finale ci-dessous ci-dessus mentionné
    mentionnée mentionnés cité citée`),
  infinitive: /\p{L}{3}(?:er|ir|re|oir)$/u,
  gerund: /\p{L}{3}ant$/u,
  capitalNouns: false,
};

const spanish: SubjectWords = {
  verbs: set(`es son era eran fue fueron será serán está están estaba estaban ha han había habían tiene tienen tenía
    puede pueden podría podrían debe deben debería deberían quiere quieren sabe saben hace hacen va van viene vienen
    resulta resultan queda quedan parece parecen permite permiten contiene contienen representa representan sirve
    sirven indica indican define definen describe describen requiere requieren toma toman usa usan utiliza utilizan
    crea crean devuelve devuelven retorna retornan funciona funcionan implementa implementan garantiza garantizan
    ofrece ofrecen proporciona proporcionan pone ponen establece establecen adopta dice dicen muestra muestran produce
    producen ejecuta ejecutan gestiona gestionan verifica verifican controla controlan apunta apuntan ocupa ocupan
    vale valen cuesta cuestan depende dependen existe existen consiste consisten incluye incluyen almacena almacenan
    llama llaman corresponde corresponden calcula calculan recibe reciben acepta aceptan constituye constituyen
    asegura aseguran`),
  beforeVerb: set('no se'),
  clitics: set('le les lo los la las nos me te'),
  articles: set(`el la lo los las un una unos unas este esta estos estas ese esa esos esas aquel aquella cada`),
  indefinite: set('un una unos unas'),
  definite: set('el la lo los las'),
  openers: set(`esto eso aquello este esta estos estas ese esa esos esas yo tú él ella nosotros nosotras vosotros
    ellos ellas usted ustedes se que qué quien quién cuando si porque pues como donde así entonces luego después
    antes pero mas sino y e o u ni también además todavía ya aquí allí ahora hoy siempre nunca no todo todos toda
    todas cada cualquier algunos algunas algún alguien algo nadie nada ningún ninguno ninguna muchos muchas mucho
    pocos pocas poco otro otros otra otras tal tales mismo misma durante en a al de del por para con sin sobre entre
    hacia hasta desde según contra tras mediante sin embargo finalmente primero básicamente normalmente
    simplemente generalmente claramente obviamente realmente bueno bien veamos notemos recordemos supongamos
    imaginemos consideremos quizás quizá tampoco incluso aún luego primeramente más menos dos tres cuatro cinco seis
    diez cien`),
  inside: set(`yo tú nosotros nosotras vosotros mi mis tu tus nuestro nuestra nuestros nuestras vuestro vuestra que
    quien quienes cuyo cuya donde cuando si porque como aunque mientras este esta estos estas ese esa esos esas
    aquel aquella`),
  generic: set(`ejemplo ejemplos resultado resultados código problema problemas cosa cosas forma manera caso casos
    siguiente siguientes primero primera segundo segunda último última otro otra resto idea pregunta respuesta
    figura imagen tabla capítulo sección lección clase párrafo parte página documento texto sintaxis comando comandos
    salida códigos dos tres cuatro cinco`),
  sequence: set(`primer primero primera segundo segunda tercer tercero tercera cuarto cuarta último última próximo próxima
    siguiente siguientes otro otra otros otras mismo misma anterior anteriores final abajo arriba mencionado mencionada
    mencionados mencionadas citado dicho dicha`),
  infinitive: /\p{L}{3}(?:ar|er|ir)$/u,
  gerund: /\p{L}{2}(?:ando|iendo|endo|indo)$/u,
  capitalNouns: false,
};

const portuguese: SubjectWords = {
  verbs: set(`é são era eram foi foram será serão está estão estava estavam tem têm tinha pode podem poderia poderiam
    deve devem deveria quer querem sabe sabem faz fazem vai vão vem vêm fica ficam parece parecem permite permitem
    contém representa representam serve servem indica indicam define definem descreve descrevem requer exige toma
    usa usam utiliza utilizam cria criam retorna retornam devolve funciona funcionam implementa garante garantem
    oferece oferecem fornece fornecem coloca estabelece diz dizem mostra mostram produz produzem executa executam
    gerencia verifica verificam controla aponta ocupa vale custa depende dependem existe existem consiste inclui
    incluem armazena chama chamam corresponde calcula recebe aceita constitui`),
  beforeVerb: set('não se'),
  clitics: set('lhe lhes o os a as nos me te'),
  articles: set(`o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela cada`),
  indefinite: set('um uma uns umas'),
  definite: set('o a os as'),
  openers: set(`isto isso aquilo este esta estes estas esse essa esses essas eu tu ele ela nós vós eles elas você
    vocês se que quem quando porque pois como onde assim então depois antes mas e ou nem também além ainda já aqui
    ali agora hoje sempre nunca não todo todos toda todas cada qualquer alguns algumas algum alguém algo ninguém
    nada nenhum nenhuma muitos muitas muito poucos poucas pouco outro outros outra outras tal tais mesmo mesma
    durante em no na nos nas de do da dos das por pelo pela para com sem sobre entre até desde segundo contra
    finalmente basicamente normalmente simplesmente bem vejamos mais menos dois duas três quatro cinco seis dez cem`),
  inside: set(`eu tu nós vós meu minha meus minhas teu tua nosso nossa nossos nossas que quem cujo cuja onde quando
    se porque como embora enquanto este esta estes estas esse essa esses essas desse dessa deste desta disso
    disto nesse nessa neste nesta aquele aquela`),
  generic: set(`exemplo exemplos resultado resultados código problema problemas coisa coisas forma maneira caso casos
    seguinte seguintes primeiro primeira segundo segunda último última outro outra resto ideia pergunta resposta
    figura imagem tabela capítulo seção secção lição aula parágrafo parte página documento texto sintaxe comando
    comandos saída códigos dois duas três quatro cinco`),
  sequence: set(`primeiro primeira segundo segunda terceiro terceira último última próximo próxima seguinte seguintes
    outro outra outros outras mesmo mesma anterior anteriores final abaixo baixo acima seguir mencionado mencionada
    mencionados citado`),
  infinitive: /\p{L}{3}(?:ar|er|ir)$/u,
  gerund: /\p{L}{2}(?:ando|iendo|endo|indo)$/u,
  capitalNouns: false,
};

const german: SubjectWords = {
  verbs: set(`ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten muss
    müssen musste soll sollen sollte sollten darf dürfen will wollen mag möchte gibt geben enthält enthalten
    beschreibt beschreiben definiert definieren erlaubt erlauben ermöglicht ermöglichen bietet bieten nutzt nutzen
    verwendet verwenden benutzt benutzen liefert liefern zeigt zeigen bedeutet bedeuten besteht bestehen steht stehen
    stellt stellen macht machen erzeugt erzeugen speichert speichern sorgt sorgen dient dienen bezeichnet bezeichnen
    läuft laufen funktioniert funktionieren arbeitet arbeiten hängt hängen entspricht entsprechen umfasst umfassen
    gilt gelten bleibt bleiben heißt heißen nimmt nehmen braucht brauchen benötigt benötigen erhält erhalten führt
    führen prüft prüfen verwaltet verwalten berechnet berechnen legt legen ruft rufen kommt kommen geht gehen
    existiert existieren bildet bilden garantiert garantieren sieht sehen lässt lassen`),
  beforeVerb: set(''),
  clitics: set(''),
  articles: set(`der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem jeder jede
    jedes jeden jedem`),
  indefinite: set('ein eine einen einem einer eines'),
  definite: set('der die das den dem des'),
  openers: set(`dies dieser diese dieses das es er sie ich du wir ihr man dann da hier dort nun jetzt heute also
    daher deshalb deswegen dadurch damit dabei dazu darum trotzdem jedoch aber und oder sondern denn doch auch noch
    schon bereits immer nie nicht kein keine alle alles jeder jede jedes jedem einige manche viele wenige mehrere
    andere solche selbst wenn als ob weil dass wie wo was wer welche welcher welches in im an am auf aus bei mit
    nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um seit während wegen laut
    gemäß außerdem zunächst zuerst schließlich natürlich eigentlich grundsätzlich normalerweise einfach
    beispielsweise insbesondere vielleicht hierbei hierzu darüber so ja nein sehen schauen betrachten nehmen je mehr
    weniger zwei drei vier fünf sechs zehn hundert`),
  inside: set(`ich du wir ihr mein meine meinen meinem unser unsere unseren unserem euer eure dein deine dass wenn
    weil ob obwohl während wobei wie es er sie man dieser diese dieses diesen diesem`),
  generic: set(`beispiel beispiele ergebnis ergebnisse code problem probleme sache sachen art weise fall fälle
    folgende folgenden erste erster zweite letzte letzter andere anderen rest idee frage antwort abbildung bild
    tabelle kapitel abschnitt vorlesung lektion absatz teil seite dokument text syntax befehl befehle ausgabe zwei
    drei vier fünf`),
  sequence: set(`erste ersten erster erstes zweite zweiten dritte dritten letzte letzten letzter nächste nächsten
    nächster folgende folgenden andere anderen gleiche gleichen vorige vorigen obige obigen unten oben genannte
    genannten erwähnte erwähnten`),
  infinitive: null,
  gerund: null,
  capitalNouns: true,
};

const byLanguage: Record<string, SubjectWords> = { it: italian, fr: french, es: spanish, pt: portuguese, de: german };

/** The words for a language's subjects, or null for one lectern reads otherwise (English, Chinese, Japanese) or not at all. */
export const subjectWords = (lang: string): SubjectWords | null => byLanguage[lang.split('-')[0]?.toLowerCase() ?? ''] ?? null;

/**
 * A heading's leading article in English or in any of these languages ("The", "Ein", "L'"), as a pattern: what a
 * heading's key leaves out, so that "Ein Deep Copy" is said under "Deep Copy".
 */
export const leadingArticle: RegExp = (() => {
  const words = new Set(['a', 'an', 'the']);
  for (const table of Object.values(byLanguage)) for (const w of [...table.definite, ...table.indefinite]) words.add(w);
  const spaced = [...words].filter((w) => !w.endsWith("'")).sort((a, b) => b.length - a.length);
  const elided = [...words].filter((w) => w.endsWith("'")).map((w) => w.slice(0, -1));
  return new RegExp(`^(?:(?:${spaced.join('|')})\\s|(?:${elided.join('|')})['’])`, 'u');
})();
